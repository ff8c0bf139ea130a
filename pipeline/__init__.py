"""Orchestration and command line: PDFs in, a parquet dataset out."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("kpu-zi")
except PackageNotFoundError:  # running from a source tree without installing
    __version__ = "0.0.0+source"
