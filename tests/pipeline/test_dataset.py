"""The parquet contract: schemas, validation, atomic writes, readable by DuckDB, pandas and pyarrow."""

import datetime as dt

import duckdb
import pandas as pd
import pyarrow.dataset as ds
import pytest

from pipeline.dataset import cleanup_temp, write_document
from pipeline.query import run_query
from schemas.dataset import ACTIONS, DOCUMENTS, to_table
from schemas.errors import SchemaError


def _documents(doc_id="0123456789abcdef", code="52.03", status="ok"):
    row = {n: None for n in DOCUMENTS.names}
    row.update(doc_id=doc_id, source_file="a.pdf", source_sha256=doc_id * 4, satker_code=code,
               satker_name="KPU Kabupaten Lombok Timur", nomor="15", tahun=2022,
               tanggal_ditetapkan=dt.date(2021, 6, 21), jenis="rencana_aksi_zi", n_pages=7, status=status,
               warnings=["date year 2021 differs from decree year 2022"], pipeline_version="0.1.0",
               n_actions=2, n_needs_review=0, schema_version="1")
    return pd.DataFrame([row])


def _actions(doc_id="0123456789abcdef", code="52.03", months=([1, 2], [])):
    rows = []
    for i, m in enumerate(months):
        row = {n: None for n in ACTIONS.names}
        row.update(doc_id=doc_id, satker_code=code, tahun=2022, row_index=i, page=3, area_code="MP",
                   indicator_id="ZI.MP.1", match_score=91.0, komponen_raw="Tim Kerja", months=m,
                   needs_review=False, review_reasons=[], page_end=3)
        rows.append(row)
    return pd.DataFrame(rows)


def test_valid_frames_convert_with_contract_types():
    table = to_table(_actions(), ACTIONS, "actions")
    assert str(table.schema.field("months").type) == "list<item: int8>"
    assert str(table.schema.field("tahun").type) == "int16"


@pytest.mark.parametrize("change, message", [
    ({"satker_code": "Lombok"}, "satker_code"),
    ({"doc_id": "xyz"}, "doc_id"),
    ({"months": [3, 1]}, "months"),
    ({"months": [13]}, "months"),
    ({"area_code": "XX"}, "area_code"),
    ({"match_score": 140.0}, "match_score"),
])
def test_invalid_actions_are_refused(change, message):
    frame = _actions(months=([1],))
    for key, value in change.items():
        frame.at[0, key] = value
    with pytest.raises(SchemaError, match=message):
        to_table(frame, ACTIONS, "actions")


def test_invalid_frame_is_never_written(tmp_path):
    bad = _documents(status="fine")
    with pytest.raises(SchemaError):
        write_document(tmp_path, bad, _actions())
    assert not list(tmp_path.rglob("*.parquet"))


def test_dataset_opens_in_duckdb_pandas_and_pyarrow(tmp_path):
    write_document(tmp_path, _documents(), _actions())
    write_document(tmp_path, _documents("fedcba9876543210", "00"), _actions("fedcba9876543210", "00"))
    assert (tmp_path / "documents" / "satker=52.03" / "0123456789abcdef.parquet").exists()
    con = duckdb.connect()
    rows = con.sql(
        f"SELECT satker_code, typeof(satker_code) t, count(*) n FROM read_parquet("
        f"'{tmp_path}/actions/*/*.parquet', hive_partitioning=true) GROUP BY ALL ORDER BY 1"
    ).fetchall()
    assert rows == [("00", "VARCHAR", 2), ("52.03", "VARCHAR", 2)]
    frame = pd.read_parquet(tmp_path / "documents")
    assert sorted(frame["satker_code"]) == ["00", "52.03"]
    table = ds.dataset(tmp_path / "actions", partitioning="hive").to_table()
    assert table.num_rows == 4
    in_february = run_query(tmp_path, "SELECT count(*) FROM actions WHERE list_contains(months, 2)")
    assert in_february.fetchall() == [(2,)]


def test_rewrite_replaces_old_partition(tmp_path):
    write_document(tmp_path, _documents(code="unknown"), _actions(code="unknown"))
    write_document(tmp_path, _documents(), _actions())
    assert not list((tmp_path / "documents").glob("satker=unknown/*.parquet"))


def test_leftover_temp_files_are_cleaned(tmp_path):
    part = tmp_path / "actions" / "satker=52.03"
    part.mkdir(parents=True)
    (part / ".abc.123.tmp").write_bytes(b"half")
    assert cleanup_temp(tmp_path) == 1
