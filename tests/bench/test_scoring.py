from bench.scoring import align, score_document


def _row(text, months=(), komponen="Tim Kerja"):
    return {"indikator_raw": text, "komponen_raw": komponen, "months": list(months)}


TRUTH = [_row("Menerbitkan SK Tim Kerja", [1, 2]), _row("Dokumen rencana aksi disusun", [3]),
         _row("Rapat evaluasi pembangunan ZI", [6, 12])]


def test_perfect_prediction_scores_one():
    score = score_document(TRUTH, TRUTH)
    assert score.rows.f1 == 1.0 and score.months.f1 == 1.0 and score.cer == 0.0


def test_missed_row_costs_its_row_and_its_months():
    score = score_document(TRUTH, [TRUTH[0], TRUTH[2]])
    assert (score.rows.tp, score.rows.fn, score.rows.fp) == (2, 1, 0)
    assert score.months.fn == 1 and score.months.tp == 4


def test_wrong_months_and_ocr_typos_are_counted():
    pred = [_row("Menerbitkan SK Tim Keria", [1]), _row("Dokumen rencana aksi disusun", [3, 4]), TRUTH[2]]
    score = score_document(TRUTH, pred)
    assert score.rows.f1 == 1.0
    assert (score.months.tp, score.months.fp, score.months.fn) == (4, 1, 1)
    assert 0 < score.cer < 0.05


def test_alignment_is_monotonic_and_skips_garbage():
    pred = [_row("zzzz qqqq"), TRUTH[0], TRUTH[1], TRUTH[2]]
    assert align(TRUTH, pred) == [(0, 1), (1, 2), (2, 3)]


def test_missing_labels_agree_whatever_their_form():
    from bench.scoring import label

    assert label({"indicator_id": float("nan")}, "indicator_id") is None
    assert label({"indicator_id": ""}, "indicator_id") is None
    assert label({}, "indicator_id") is None
    assert label({"indicator_id": "ZI.PW.4"}, "indicator_id") == "ZI.PW.4"
