"""The synthetic decree generator: determinism, self-consistent ground truth, every layout and noise level."""

from __future__ import annotations

import json
from pathlib import Path

import pypdfium2 as pdfium
import pytest

from schemas.records import Role
from tests.synth import LAYOUTS, NOISES, generate_corpus, generate_document

TOP_KEYS = {"generator", "version", "seed", "layout", "noise", "dpi", "file", "satker", "satker_variants",
            "nomor", "tahun", "tanggal_ditetapkan", "tempat_ditetapkan", "jenis", "ketua", "tentang",
            "n_pages", "table_pages", "actions", "pages", "mark_style"}
ACTION_KEYS = {"row_index", "page", "page_end", "area_code", "indicator_id", "section", "nomor_raw",
               "area_raw", "komponen_raw", "indikator_raw", "langkah_aksi_raw", "bukti_raw",
               "penanggung_jawab_raw", "keterangan_raw", "months", "schedule_raw"}
CELL_KEYS = {"row", "col", "rowspan", "colspan", "bbox", "kind", "text", "month", "marked", "action"}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> list[dict]:
    out = tmp_path_factory.mktemp("synth")
    pdfs = generate_corpus(out, per_combo=1, seed=7, max_rows=10, dpi=100)
    assert len(pdfs) == len(LAYOUTS) * len(NOISES)
    return [json.loads(p.with_suffix(".json").read_text(encoding="utf-8")) for p in pdfs]


def test_deterministic(tmp_path: Path) -> None:
    a = generate_document(tmp_path / "a", layout="mesuji", noise="heavy", seed=3, max_rows=12, dpi=100)
    b = generate_document(tmp_path / "b", layout="mesuji", noise="heavy", seed=3, max_rows=12, dpi=100)
    assert a[0].read_bytes() == b[0].read_bytes()
    assert a[1].read_bytes() == b[1].read_bytes()
    c = generate_document(tmp_path / "c", layout="mesuji", noise="heavy", seed=4, max_rows=12, dpi=100)
    assert c[0].read_bytes() != a[0].read_bytes()


def test_a_forced_mark_style_fills_the_marked_months_of_the_same_document(tmp_path: Path) -> None:
    drawn = generate_document(tmp_path, layout="lotim", noise="clean", seed=5, max_rows=8, dpi=100)
    filled = generate_document(tmp_path, layout="lotim", noise="clean", seed=5, max_rows=8, dpi=100,
                               mark_style="fill_colour")
    assert filled[0].name == "lotim_clean_00005_r8_fill_colour.pdf"
    a, b = (json.loads(js.read_text(encoding="utf-8")) for _, js in (drawn, filled))
    assert b["mark_style"] == "fill_colour" and a["mark_style"] != "fill_colour"
    assert a["actions"] == b["actions"]
    first = b["table_pages"][0]
    page = b["pages"][first - 1]["table"]
    rgb = pdfium.PdfDocument(filled[0])[first - 1].render(scale=100 / 72, rev_byteorder=True).to_numpy()
    chroma = rgb.max(axis=2).astype(int) - rgb.min(axis=2)
    for cell in page["cells"]:
        if cell["marked"] is not None:
            x0, y0, x1, y1 = cell["bbox"]
            inner = chroma[y0 + 4 : y1 - 4, x0 + 4 : x1 - 4]
            assert (inner.mean() > 30) == cell["marked"], cell
    with pytest.raises(ValueError, match="mark style"):
        generate_document(tmp_path, layout="lotim", noise="clean", seed=5, max_rows=8, mark_style="dots")


def test_same_content_across_noise(corpus: list[dict]) -> None:
    for layout in LAYOUTS:
        docs = [d for d in corpus if d["layout"] == layout]
        assert len({json.dumps(d["actions"]) for d in docs}) == 1
        assert len({d["nomor"] for d in docs}) == 1


def test_pdf_is_image_only(tmp_path: Path) -> None:
    pdf, js = generate_document(tmp_path, layout="lotim", noise="mild", seed=1, max_rows=6, dpi=100)
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF-") and b"/Font" not in data and b"/CreationDate" not in data
    doc = json.loads(js.read_text(encoding="utf-8"))
    assert data.count(b"/Subtype /Image") == doc["n_pages"]


def test_json_keys(corpus: list[dict]) -> None:
    roles = {r.value for r in Role}
    for d in corpus:
        assert set(d) == TOP_KEYS
        assert d["generator"] == "tests.synth" and d["version"] == 1
        assert d["jenis"] in ("rencana_aksi_zi", "rencana_kerja_zi", "rencana_aksi_rb")
        assert d["n_pages"] == len(d["pages"])
        assert d["actions"], d["file"]
        for a in d["actions"]:
            assert set(a) == ACTION_KEYS
        for p in d["pages"]:
            if p["table"]:
                assert set(p["table"]["col_roles"]) <= roles
                for c in p["table"]["cells"]:
                    assert set(c) == CELL_KEYS


def _check_table_page(d: dict, p: dict, marked: dict[int, set[int]]) -> None:
    t = p["table"]
    w, h = p["width"], p["height"]
    grid = [[0] * t["n_cols"] for _ in range(t["n_rows"])]
    for c in t["cells"]:
        x0, y0, x1, y1 = c["bbox"]
        assert 0 <= x0 <= x1 <= w and 0 <= y0 <= y1 <= h, (d["file"], p["page"], c)
        for r in range(c["row"], c["row"] + c["rowspan"]):
            for k in range(c["col"], c["col"] + c["colspan"]):
                grid[r][k] += 1
        if c["marked"]:
            assert c["kind"] == "body" and c["month"] and c["action"] is not None
            marked.setdefault(c["action"], set()).add(c["month"])
    assert all(v == 1 for row in grid for v in row), (d["file"], p["page"])
    header = [c for c in t["cells"] if c["kind"] == "header"]
    assert header and min(c["row"] for c in header) == 0
    texts = " ".join(c["text"] for c in header).upper()
    assert "KOMPONEN" in texts or "KEGIATAN" in texts
    month_cols = [i for i, m in enumerate(t["col_months"]) if m]
    assert [t["col_roles"][i] for i in month_cols] == ["month"] * len(month_cols)


def test_ground_truth_consistent(corpus: list[dict]) -> None:
    for d in corpus:
        marked: dict[int, set[int]] = {}
        for p in d["pages"]:
            assert (p["kind"] == "table") == (p["page"] in d["table_pages"])
            if p["table"]:
                _check_table_page(d, p, marked)
        for i, a in enumerate(d["actions"]):
            assert a["row_index"] == i
            assert a["months"] == sorted(set(a["months"]))
            assert a["page"] in d["table_pages"] and a["page"] <= a["page_end"]
            if d["layout"] != "mataram":
                assert set(a["months"]) == marked.get(i, set()), (d["file"], i)
            else:
                assert a["schedule_raw"] and not marked
            assert a["komponen_raw"], (d["file"], a)


def test_split_rows_are_one_action(tmp_path: Path) -> None:
    """A long plan at full size: rows that break across pages appear once, with page_end > page."""
    _, js = generate_document(tmp_path, layout="lotim", noise="clean", seed=11, dpi=100)
    d = json.loads(js.read_text(encoding="utf-8"))
    assert len(d["table_pages"]) >= 3
    seen: dict[int, list[int]] = {}
    for p in d["pages"]:
        if p["table"]:
            for c in p["table"]["cells"]:
                if c["action"] is not None:
                    seen.setdefault(c["action"], []).append(p["page"])
    assert set(seen) == set(range(len(d["actions"])))
    for i, a in enumerate(d["actions"]):
        assert sorted(set(seen[i])) == list(range(a["page"], a["page_end"] + 1))
