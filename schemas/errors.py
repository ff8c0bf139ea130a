"""The one exception hierarchy of the project.

Every error the pipeline raises on purpose derives from :class:`ZiError`. Each
class carries the exit code the CLI returns when that error stops a whole run;
errors about one input document are recorded in the run report instead and the
run goes on.
"""

from __future__ import annotations


class ZiError(Exception):
    """Base class. ``exit_code`` is what ``zi`` returns if this stops the run."""

    exit_code = 1


class UsageError(ZiError):
    """Bad arguments or settings given by the user."""

    exit_code = 2


class OutputError(ZiError):
    """The output folder cannot be written or is locked by another run."""

    exit_code = 3


class DependencyError(ZiError):
    """A required external program (Tesseract, its language data) is missing."""

    exit_code = 4


class InputError(ZiError):
    """One input document cannot be read; the run records it and goes on."""


class NotAPdfError(InputError):
    """The file is not a PDF (wrong magic bytes, empty file)."""


class CorruptPdfError(InputError):
    """The PDF is damaged or truncated beyond what the parser can recover."""


class EncryptedPdfError(InputError):
    """The PDF needs a password."""


class NotADecreeError(InputError):
    """The PDF has no recognisable KPU decree nor action-plan table."""


class PageError(InputError):
    """One page could not be processed (unreadable image, OCR failure, timeout)."""


class OcrError(PageError):
    """Tesseract failed or timed out on a page."""


class SchemaError(ZiError):
    """A frame does not match its schema; it is never written."""
