"""SQL over the dataset with DuckDB: views ``documents`` and ``actions``."""

from __future__ import annotations

from pathlib import Path

import duckdb

from schemas.errors import UsageError


def connect(data: Path) -> duckdb.DuckDBPyConnection:
    """An in-memory DuckDB with the dataset's two tables as views."""
    con = duckdb.connect()
    for table in ("documents", "actions"):
        files = list((data / table).glob("satker=*/*.parquet"))
        if not files:
            raise UsageError(f"no {table} parquet under {data / table}: run `zi extract` first or pass "
                             "--data")
        pattern = str(data / table / "*" / "*.parquet").replace("'", "''")
        con.execute(
            f"CREATE VIEW {table} AS SELECT * EXCLUDE (satker) "
            f"FROM read_parquet('{pattern}', hive_partitioning = true, union_by_name = true)"
        )
    return con


def run_query(data: Path, sql: str) -> duckdb.DuckDBPyRelation:
    con = connect(data)
    try:
        return con.sql(sql)
    except duckdb.Error as exc:
        raise UsageError(f"query failed: {exc}") from exc
