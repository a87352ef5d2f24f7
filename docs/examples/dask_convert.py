"""Convert JSON Lines files on a Dask cluster, as ``custbridge convert`` would.

Run it with the ``dask`` extra installed (``pip install 'custbridge[dask]'``):

    python dask_convert.py 'customers-*.jsonl' converted rejected \
        --tenant-id 8d5e7c41-0b1f-4f3a-8d8e-2b8c9f1a7e02 --source netsuite

It starts a local cluster of worker processes; give ``--scheduler`` the
address of a running one instead. Each input file becomes one part file in
each output folder, in the order of the files: ``converted/00000.jsonl`` holds
what ``custbridge convert`` writes to ``--output`` for the first file, and
``rejected/00000.jsonl`` what it writes to ``--errors``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import uuid

import dask.bag as db
from distributed import Client, LocalCluster

from custbridge import DataSource
from custbridge.batch import Options
from custbridge.batch.dask import convert_bag, write_bag


def main() -> None:
    """Convert the input named on the command line; print the counts."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("input", help="a file, or a pattern such as 'in-*.jsonl'")
    parser.add_argument("output", help="the folder for the converted records")
    parser.add_argument("errors", help="the folder for the rejected records")
    parser.add_argument("--tenant-id", type=uuid.UUID, required=True)
    parser.add_argument(
        "--source", choices=[s.value for s in DataSource], required=True
    )
    parser.add_argument("--now", type=dt.datetime.fromisoformat, help="default: now")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--scheduler", help="a running cluster's address")
    args = parser.parse_args()

    # One clock for the whole run: every worker stamps the same time.
    options = Options(
        tenant_id=args.tenant_id,
        source=DataSource(args.source),
        now=args.now or dt.datetime.now(dt.timezone.utc),
    )
    cluster = None
    if args.scheduler is None:
        cluster = LocalCluster(
            n_workers=args.workers,
            threads_per_worker=1,
            processes=True,
            dashboard_address=":0",  # any free port
        )
    with Client(args.scheduler or cluster):
        # One partition per file, so lines are numbered as in the file; bytes
        # that are not UTF-8 are kept, for the converter to reject that record.
        lines = db.read_text(args.input, blocksize=None, errors="surrogateescape")
        counts = write_bag(
            convert_bag(lines, options),
            f"{args.output}/*.jsonl",
            f"{args.errors}/*.jsonl",
        )
    if cluster is not None:
        cluster.close()
    read = counts["output"] + counts["rejected"]
    print(f"{read} read, {counts['output']} written, {counts['rejected']} rejected")


if __name__ == "__main__":  # worker processes import this file: run only once
    main()
