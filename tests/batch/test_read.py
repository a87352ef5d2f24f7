"""custbridge.batch: reading JSON Lines and arrays, every record accounted for."""

from __future__ import annotations

import io
import json

import pytest
from hypothesis import given

from custbridge.batch import Position, Record, RecordReader, records_from_lines
from custbridge.batch._read import AFTER_ARRAY
from records import DEEP, array_files, good, jsonl, line_files


def read(data: bytes) -> tuple[list[tuple[str, str, str | None]], str | None]:
    reader = RecordReader(io.BytesIO(data))
    records = [(str(r.position), r.text, r.problem) for r in reader]
    return records, reader.broke_off


BROKE_OFF = "the input ended inside the JSON array, after {} elements: the closing ']' is missing"
CASES = [
    (b"", [], None),
    (b" \n\t\n", [], None),
    (b"[]", [], None),
    (b" [ ] ", [], None),
    (b'{"a": 1}\n\n  {"b": 2}  \n', [("line 1", '{"a": 1}', None), ("line 3", '{"b": 2}', None)], None),
    (b'{"a": 1}\r\n{"b": 2}', [("line 1", '{"a": 1}', None), ("line 2", '{"b": 2}', None)], None),
    (b"\xef\xbb\xbf{}\n\xef\xbb\xbf[]", [("line 1", "{}", None), ("line 2", "[]", None)], None),
    (b"\xef\xbb\xbf [1]", [("index 0", "1", None)], None),
    (b"\xff\n", [("line 1", "\udcff", None)], None),
    (b'[1, {"a": [1, 2]} , ["x]"]]', [("index 0", "1", None), ("index 1", '{"a": [1, 2]}', None), ("index 2", '["x]"]', None)], None),
    (b'[{"a": "\\"]"}, 2]', [("index 0", '{"a": "\\"]"}', None), ("index 1", "2", None)], None),
    (b'[1,,tru , {"a" 1}]', [("index 0", "1", None), ("index 1", "", None), ("index 2", "tru", None), ("index 3", '{"a" 1}', None)], None),
    (b"[}, 1]", [("index 0", "}", None), ("index 1", "1", None)], None),
    (b"[1,]", [("index 0", "1", None), ("index 1", "", None)], None),
    (b'[{"a": 1} {"b": 2}]', [("index 0", '{"a": 1} {"b": 2}', None)], None),
    (b'["\xff"]', [("index 0", '"\udcff"', None)], None),
    (b"[1]\n{}\n\n x \n", [("index 0", "1", None), ("line 2", "{}", AFTER_ARRAY), ("line 4", "x", AFTER_ARRAY)], None),
    (b"[1] ]", [("index 0", "1", None), ("line 1", "]", AFTER_ARRAY)], None),
    (b"[1, 2", [("index 0", "1", None), ("index 1", "2", None)], BROKE_OFF.format(2)),
    (b"[1,", [("index 0", "1", None)], BROKE_OFF.format(1)),
    (b'[{"id": ', [("index 0", '{"id":', None)], BROKE_OFF.format(1)),
    (b'["abc', [("index 0", '"abc', None)], BROKE_OFF.format(1)),
    (b'["abc\\', [("index 0", '"abc\\', None)], BROKE_OFF.format(1)),
    (b"[", [], BROKE_OFF.format(0)),
]  # fmt: skip


@pytest.mark.parametrize(("data", "records", "broke_off"), CASES)
def test_records_as_read(
    data: bytes, records: list[tuple[str, str, str | None]], broke_off: str | None
) -> None:
    """Each record comes out with its position and text; a cut array says so."""
    assert (records, broke_off) == read(data)


def test_deep_nesting_in_an_array_is_one_element() -> None:
    """An element nested too deeply for the parser is framed by its brackets."""
    text = DEEP.decode()
    assert ([("index 0", text, None), ("index 1", "3", None)], None) == read(
        b"[" + DEEP + b", 3]"
    )


@pytest.mark.parametrize("size", [1, 70_000, 300_000])
def test_an_element_of_any_size_across_reads(size: int) -> None:
    """Elements cut by read boundaries, strings and numbers alike, are read whole."""
    string = json.dumps("x" * size)
    number = "1" * size
    data = f"[{string}, {number}, {string}".encode()
    assert ([("index 0", string, None), ("index 1", number, None),
             ("index 2", string, None)], BROKE_OFF.format(3)) == read(data)  # fmt: skip


def test_a_broken_element_across_reads_is_one_element() -> None:
    """A broken element longer than a read is framed, then the array goes on."""
    broken = '{"a": ' + json.dumps("y" * 100_000) + " 1}"
    assert ([("index 0", broken, None), ("index 1", "2", None)], None) == read(
        f"[{broken}, 2]".encode()
    )


def test_an_escape_cut_by_a_read_in_a_broken_element() -> None:
    """A backslash at the end of a read is read with what it escapes."""
    head = '{"a" "' + "z" * (65536 - 8)
    broken = head + '\\"]"}'
    assert ([("index 0", broken, None)], None) == read(f"[{broken}]".encode())


def test_a_utf8_character_cut_by_a_read() -> None:
    """A character split over two reads is decoded whole."""
    string = json.dumps("é" * 70_000, ensure_ascii=False)
    assert ([("index 0", string, None)], None) == read(f"[{string}]".encode())


def test_leading_white_space_longer_than_a_read() -> None:
    """White space before the first record may be longer than one read."""
    assert ([("line 3", "{}", None)], None) == read(b"\n\n" + b" " * 70_000 + b"{}")


def test_records_from_lines_numbers_from_first() -> None:
    """Lines already split by an engine are numbered from ``first``."""
    assert [Record(Position("line", 11), "{}", "why")] == list(
        records_from_lines(["", b"{}"], first=10, problem="why")
    )


def test_a_text_stream_is_refused_by_mypy_not_at_run_time() -> None:
    """The reader reads bytes; many records stream through in order."""
    records = list(RecordReader(io.BytesIO(jsonl([good(i) for i in range(600)]))))
    assert [f"line {i}" for i in range(1, 601)] == [str(r.position) for r in records]


@pytest.mark.parametrize(
    ("element", "value"),
    [
        ("1", 1),
        ('{"a": [1, {"b": null}]}', {"a": [1, {"b": None}]}),
        ('"x"', "x"),
        ('"\\ud800"', "\ud800"),  # a lone surrogate escape: the loader refuses it later
        ('{"a": 1, "a": 2}', ...),  # a key twice: the loader's rule, so not parsed
        ('{"a": {"b": 1, "b": 1}}', ...),
        ("tru", ...),
        ("1e999999999999", float("inf")),
        ("1" * 5000, ...),  # longer than Python's integer string limit
    ],
)
def test_an_array_hands_on_each_element_parsed(element: str, value: object) -> None:
    """An element that parses comes with its value, as the loaders parse it."""
    (record,) = RecordReader(io.BytesIO(f"[{element}]".encode()))
    assert (element, value) == (record.text, record.value)


def test_lines_are_not_parsed_and_the_value_is_not_compared() -> None:
    """A line comes unparsed; equality and repr are those of position and text."""
    (line,) = RecordReader(io.BytesIO(b'{"a": 1}'))
    (element,) = RecordReader(io.BytesIO(b'[{"a": 1}]'))
    assert line.value is ...
    assert {"a": 1} == element.value
    assert Record(Position("index", 0), '{"a": 1}') == element
    shown = "Record(position=Position(kind='index', number=0), text='{\"a\": 1}',"
    assert f"{shown} problem=None)" == repr(element)


@given(array_files())
def test_a_parsed_value_is_the_text_parsed(case: tuple[bytes, int]) -> None:
    """Whatever the array holds, a value handed on is exactly its text, parsed."""
    for record in RecordReader(io.BytesIO(case[0])):
        if record.value is not ...:
            assert json.loads(record.text) == record.value


@given(line_files())
def test_every_line_is_one_record(case: tuple[bytes, int]) -> None:
    """However the lines are mixed, each line that is not blank is one record."""
    data, count = case
    assert count == len(read(data)[0])


@given(array_files())
def test_every_element_and_line_after_is_one_record(case: tuple[bytes, int]) -> None:
    """Each array element, and each line of text after the array, is one record."""
    data, count = case
    records, broke_off = read(data)
    assert (count, None) == (len(records), broke_off)
