"""The ``marsad`` command: a thin layer over the library.

Exit codes (also in ``marsad --help``):
    0  every document was stored, or was already stored
    1  marsad could not do the job (bad setting, unusable database, ...): the message says what to do
    2  bad command-line usage
    3  partial: some documents were rejected (listed with reasons in the JSON, the report and the database);
       the rest were stored
    4  nothing usable: no document could be stored
  130  interrupted (Ctrl-C): what was stored is kept, and running the same command again goes on from there
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

from . import __version__, analysis, pipeline
from .errors import MarsadError
from .models import Rejection
from .settings import SETTINGS, Settings, parse_assignments
from .store import Store

EXIT_OK, EXIT_ERROR, EXIT_PARTIAL, EXIT_NOTHING, EXIT_INTERRUPTED = 0, 1, 3, 4, 130


@click.group(epilog=__doc__.split("\n", 2)[2], context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="marsad")
def cli() -> None:
    """marsad: Arabic news from many outlets in; clean articles, duplicates, stories and topics out."""


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--db", "db", default="marsad.db", show_default=True, type=click.Path(dir_okay=False, path_type=Path),
              help="SQLite database to add to (created when missing).")
@click.option("--json", "json_out", type=click.Path(dir_okay=False, path_type=Path),
              help="Write the analysis document (schema marsad.analysis.v1) to this file.")
@click.option("--html", "html_out", type=click.Path(file_okay=False, path_type=Path),
              help="Write the static HTML report into this folder.")
@click.option("--set", "assignments", multiple=True, metavar="NAME=VALUE",
              help="Override a setting (see `marsad settings`); repeatable.")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar and no summary line.")
def analyze(paths: tuple[Path, ...], db: Path, json_out: Path | None, html_out: Path | None,
            assignments: tuple[str, ...], quiet: bool) -> None:
    """Ingest PATHS (files or folders of .txt, .html, .json/.jsonl, RSS/Atom) into the database and analyze them."""
    try:
        settings = Settings.build(parse_assignments(list(assignments)))
        with Store(db) as store:
            report = _run_with_progress(paths, settings, store, quiet)
            if json_out or html_out:
                doc = analysis.build(store, settings)
                if json_out:
                    analysis.write_json(doc, json_out)
                if html_out:
                    from . import report as html_report

                    html_report.write_html(doc, html_out)
    except MarsadError as e:
        raise click.ClickException(str(e)) from e
    except KeyboardInterrupt:
        click.echo(f"\ninterrupted: what was stored in {db} is kept; run the same command again to go on "
                   "(stored documents are skipped)", err=True)
        sys.exit(EXIT_INTERRUPTED)
    if not quiet:
        click.echo(f"{report.seen} seen, {report.added} stored, {report.unchanged} already stored, "
                   f"{report.rejected} rejected, {report.duplicates} duplicates; {report.seconds:.1f} s; "
                   f"database {db}", err=True)
        for r in report.rejections[:20]:
            click.echo(f"  rejected {r.path}: {r.reason}", err=True)
        if len(report.rejections) > 20:
            click.echo(f"  ... and {len(report.rejections) - 20} more (see the JSON or the report)", err=True)
    if report.rejected and not report.added and not report.unchanged:
        sys.exit(EXIT_NOTHING)
    sys.exit(EXIT_PARTIAL if report.rejected else EXIT_OK)


def _run_with_progress(paths, settings, store, quiet):
    from tqdm import tqdm

    with tqdm(desc="marsad", unit="doc", disable=quiet, file=sys.stderr, mininterval=0.5) as bar:
        def tick(item: object) -> None:
            bar.update(1)
            if isinstance(item, Rejection):
                bar.set_postfix_str("rejected: " + Path(item.path).name[:40], refresh=False)

        return pipeline.run([str(p) for p in paths], settings, store, progress=tick)


@cli.command()
@click.option("--db", "db", default="marsad.db", show_default=True, type=click.Path(dir_okay=False, path_type=Path))
@click.option("--json", "json_out", type=click.Path(dir_okay=False, path_type=Path), help="Write the analysis document here.")
@click.option("--html", "html_out", type=click.Path(file_okay=False, path_type=Path), help="Write the HTML report here.")
@click.option("--set", "assignments", multiple=True, metavar="NAME=VALUE",
              help="Override a setting (e.g. summary_sentences=6; see `marsad settings`); repeatable.")
def report(db: Path, json_out: Path | None, html_out: Path | None, assignments: tuple[str, ...]) -> None:
    """Write the JSON analysis and/or the HTML report of an existing database, without ingesting anything."""
    if not db.exists():
        raise click.ClickException(f"no database at {db}; run `marsad analyze PATH --db {db}` first")
    if not (json_out or html_out):
        raise click.UsageError("give --json FILE and/or --html DIR")
    try:
        settings = Settings.build(parse_assignments(list(assignments)))
        with Store(db) as store:
            doc = analysis.build(store, settings)
    except MarsadError as e:
        raise click.ClickException(str(e)) from e
    if json_out:
        analysis.write_json(doc, json_out)
    if html_out:
        from . import report as html_report

        html_report.write_html(doc, html_out)


@cli.command("similarity")
@click.argument("file_a", type=click.Path(path_type=Path))
@click.argument("file_b", type=click.Path(path_type=Path))
@click.option("-v", "--verbose", is_flag=True, help="Also print the components and what the articles share.")
def similarity_command(file_a: Path, file_b: Path, verbose: bool) -> None:
    """Story similarity of two articles: 1 = the same real-world event, 0 = unrelated."""
    from . import similarity

    try:
        result = similarity.score(similarity.read_article(file_a), similarity.read_article(file_b))
    except MarsadError as e:
        raise click.ClickException(str(e)) from e
    click.echo(f"{result.score:.2f}")
    if verbose:
        for line in result.explain():
            click.echo("  " + line)


@cli.command("settings")
def list_settings() -> None:
    """List every setting with its default and what it does."""
    for s in SETTINGS:
        click.echo(f"{s.name} = {s.default!r}\n    {s.help}")


def main() -> None:
    cli(prog_name="marsad")
