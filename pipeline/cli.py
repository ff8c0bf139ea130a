"""The ``zi`` command.

Exit codes: 0 the run completed (inputs that failed are in the report);
1 unexpected error; 2 bad arguments; 3 output folder not writable or locked;
4 a required program (Tesseract) is missing.
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

import click

from ocr.settings import OcrSettings
from pipeline import __version__
from schemas.errors import UsageError, ZiError

DEFAULT_OUT = Path("data/clean")


def _setup_logging(verbose: int) -> None:
    """Our progress at INFO (DEBUG with -v); other libraries' chatter only with -vv."""
    from pipeline.workers import OUR_LOGGERS

    logging.basicConfig(level=logging.DEBUG if verbose >= 2 else logging.WARNING,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s", datefmt="%H:%M:%S")
    for name in OUR_LOGGERS:
        logging.getLogger(name).setLevel(logging.DEBUG if verbose else logging.INFO)


@click.group()
@click.version_option(__version__, prog_name="zi")
@click.option("-v", "--verbose", count=True, help="More detail (-v debug, -vv debug from libraries too).")
def cli(verbose: int) -> None:
    """Turn scanned KPU ZI/RB decrees into a parquet dataset."""
    _setup_logging(verbose)


@cli.command()
@click.argument("inputs", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--out", type=click.Path(path_type=Path), default=DEFAULT_OUT, show_default=True,
              help="Dataset folder.")
@click.option("--workers", type=int, default=None, help="Documents in parallel (default: number of cores).")
@click.option("--scheduler", metavar="ADDRESS", default=None,
              help="Run on an existing Dask cluster (e.g. tcp://host:8786) instead of local processes.")
@click.option("--page-timeout", type=float, default=120.0, show_default=True, metavar="SECONDS",
              help="Give up a page still unread after this long (the document becomes partial).")
@click.option("--force", "--reprocess", "force", is_flag=True, help="Extract again even if already done.")
@click.option("--dpi", type=int, default=200, show_default=True, help="Rasterisation resolution.")
@click.option("--no-text-layer", is_flag=True, help="OCR every page even when it has a text layer.")
@click.option("--progress/--no-progress", default=None, help="Progress bar (default: when on a terminal).")
def extract(inputs: tuple[Path, ...], out: Path, workers: int | None, scheduler: str | None,
            page_timeout: float, force: bool, dpi: int, no_text_layer: bool, progress: bool | None) -> None:
    """Extract PDFs (files or folders, searched recursively) into OUT."""
    from pipeline.inputs import discover
    from pipeline.run import run_extract

    settings = OcrSettings(dpi=dpi, use_text_layer=not no_text_layer, page_timeout_s=page_timeout)
    paths = discover(inputs)
    if not paths:
        raise UsageError(f"no PDF files found in {', '.join(map(str, inputs))}")
    n_workers = workers if workers is not None else (os.cpu_count() or 1)
    if n_workers < 1:
        raise UsageError("--workers must be at least 1")
    report = run_extract(paths, out, settings, workers=min(n_workers, len(paths)), scheduler=scheduler,
                         force=force, progress=progress)
    click.echo(report.summary())
    for item in report.inputs:
        if item.status in ("error", "failed", "partial"):
            click.echo(f"  {item.status}: {item.path}: {item.reason}", err=True)


@cli.command()
@click.argument("sql")
@click.option("--data", type=click.Path(path_type=Path), default=DEFAULT_OUT, show_default=True,
              help="Dataset folder written by `zi extract`.")
@click.option("--csv", "csv_out", type=click.Path(path_type=Path), help="Write the result as CSV.")
@click.option("--parquet", "parquet_out", type=click.Path(path_type=Path),
              help="Write the result as parquet.")
@click.option("--max-rows", type=int, default=40, show_default=True, help="Rows to print.")
def query(sql: str, data: Path, csv_out: Path | None, parquet_out: Path | None, max_rows: int) -> None:
    """Run SQL over the tables `documents` and `actions`."""
    from pipeline.query import run_query

    rel = run_query(data, sql)
    if csv_out:
        rel.write_csv(str(csv_out))
        click.echo(f"wrote {csv_out}")
    elif parquet_out:
        rel.write_parquet(str(parquet_out))
        click.echo(f"wrote {parquet_out}")
    else:
        rel.show(max_rows=max_rows, max_width=220)


@cli.command()
@click.option("--data", type=click.Path(path_type=Path), default=DEFAULT_OUT, show_default=True,
              help="Dataset folder written by `zi extract`.")
@click.option("--out", type=click.Path(path_type=Path), default=Path("review.html"), show_default=True,
              help="HTML file to write (self-contained: page crops are embedded).")
@click.option("--all-rows", is_flag=True, help="Show every row, not only those that need review.")
@click.option("--dpi", type=int, default=200, show_default=True,
              help="Resolution the pages were extracted at (crops are re-rendered at it).")
def review(data: Path, out: Path, all_rows: bool, dpi: int) -> None:
    """Write an HTML report: per document its warnings and doubtful rows beside their page crops."""
    from pipeline.review import build_report, write_report

    report = build_report(data, all_rows=all_rows, settings=OcrSettings(dpi=dpi))
    write_report(report, out)
    click.echo(f"wrote {out}: {len(report.documents)} documents, {report.n_rows_shown} rows shown "
               f"({report.n_without_crop} without a page image)")


def main() -> None:
    try:
        cli.main(standalone_mode=False)
    except click.exceptions.Abort:
        sys.exit(130)
    except click.ClickException as exc:
        exc.show()
        sys.exit(2)
    except ZiError as exc:
        click.echo(f"zi: {exc}", err=True)
        sys.exit(exc.exit_code)


if __name__ == "__main__":
    main()
