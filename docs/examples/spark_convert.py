"""Convert a JSON Lines file with Spark, as ``custbridge convert`` would.

Run it with the ``spark`` extra installed (``pip install 'custbridge[spark]'``)
and a Java runtime:

    python spark_convert.py customers.jsonl converted rejected \
        --tenant-id 8d5e7c41-0b1f-4f3a-8d8e-2b8c9f1a7e02 --source netsuite

It runs Spark in local mode with two cores; give ``--master`` a cluster's URL
instead. The output folders hold ``part-00000``, ``part-00001``, …: together,
in that order, what ``custbridge convert`` writes to ``--output`` and to
``--errors``. Each record is converted once: the converted partitions are
kept while both folders are written.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import uuid

from pyspark.sql import SparkSession

from custbridge import DataSource
from custbridge.batch import Options
from custbridge.batch.spark import convert_rdd, write_rdd


def main() -> None:
    """Convert the input named on the command line; print the counts."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("input", help="a file, or files separated by commas")
    parser.add_argument("output", help="the folder for the converted records")
    parser.add_argument("errors", help="the folder for the rejected records")
    parser.add_argument("--tenant-id", type=uuid.UUID, required=True)
    parser.add_argument(
        "--source", choices=[s.value for s in DataSource], required=True
    )
    parser.add_argument("--now", type=dt.datetime.fromisoformat, help="default: now")
    parser.add_argument("--master", default="local[2]")
    args = parser.parse_args()

    # The Python workers must have custbridge: use this interpreter.
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    # One clock for the whole run: every executor stamps the same time.
    options = Options(
        tenant_id=args.tenant_id,
        source=DataSource(args.source),
        now=args.now or dt.datetime.now(dt.timezone.utc),
    )
    spark = (
        SparkSession.builder.master(args.master)
        .appName("custbridge")
        .config("spark.ui.enabled", "false")
        .getOrCreate()
    )
    try:
        # Bytes, not text: bytes that are not UTF-8 reach the converter, which
        # rejects that one record instead of failing the task.
        lines = spark.sparkContext.textFile(args.input, use_unicode=False)
        counts = write_rdd(convert_rdd(lines, options), args.output, args.errors)
    finally:
        spark.stop()
    read = counts["output"] + counts["rejected"]
    print(f"{read} read, {counts['output']} written, {counts['rejected']} rejected")


if __name__ == "__main__":
    main()
