"""Batch conversion: read many records, convert each, account for every one.

The command line and the Dask and Spark adapters (:mod:`custbridge.batch.dask`,
:mod:`custbridge.batch.spark`, imported only when asked for) are thin layers
over this module:

- :class:`RecordReader` reads a binary stream of JSON Lines or a JSON array,
  one record at a time, in memory bounded by the largest record and time
  linear in the input's size; :func:`records_from_lines` does the same for
  lines that an engine has already split.
- :func:`convert_record` turns one record into a :class:`Converted` or a
  :class:`Rejected`; it never raises for a bad record. :func:`convert_records`
  and :func:`convert_in_chunks` do so for many, the latter in worker
  processes, in input order (:class:`WorkerLostError` if one is killed).
  :func:`convert_lines` does it for the lines of one engine partition,
  tagging each line to write with where it goes.

Every record read comes out once, converted or rejected, whatever it holds:
text that is not JSON, bytes that are not UTF-8, a lone surrogate, nesting too
deep to parse, and text after the end of an array are each a rejection of that
one record.

**The rejection shape**, one JSON object a line wherever it is written::

    {"line": 16, "messages": ["$.contact.email: …"], "record": {…}}

``line`` (from 1) for JSON Lines, ``index`` (from 0) for an array element;
``messages`` one sentence per problem; ``record`` the record as read: its JSON
value, or its text when it is not JSON.

**The report shape**, one JSON object a line for each converted record whose
report has items::

    {"line": 3, "id": "…", "items": [{"path": "$.fax", "action": "dropped",
     "reason": "…", "value": "…"}]}

``id`` is the converted record's ``id``; each item is a
:class:`~custbridge.report.ReportItem`, its action by value.

>>> import io, uuid
>>> from custbridge import DataSource
>>> options = Options(tenant_id=uuid.uuid4(), source=DataSource.NETSUITE)
>>> reader = RecordReader(io.BytesIO(b'[{"id": "C-1"}, 7]'))
>>> [type(o).__name__ for o in convert_records(reader, options)]
['Rejected', 'Rejected']
"""

from custbridge.batch._convert import (
    SALVAGED,
    SALVAGED_RECORDS,
    Chunk,
    Converted,
    Options,
    Rejected,
    convert_chunk,
    convert_record,
    convert_records,
)
from custbridge.batch._lines import Tagged, convert_lines, convert_numbered_lines
from custbridge.batch._pool import WorkerLostError, convert_in_chunks, jobs_for
from custbridge.batch._read import Position, Record, RecordReader, records_from_lines

__all__ = [
    "SALVAGED",
    "SALVAGED_RECORDS",
    "Chunk",
    "Converted",
    "Options",
    "Position",
    "Record",
    "RecordReader",
    "Rejected",
    "Tagged",
    "WorkerLostError",
    "convert_chunk",
    "convert_in_chunks",
    "convert_lines",
    "convert_numbered_lines",
    "convert_record",
    "convert_records",
    "jobs_for",
    "records_from_lines",
]
