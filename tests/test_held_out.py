"""No statistic built from the scale corpus reads a document the team scores on
(scripts/held_out.py): every build script reads the corpus through `read_corpus`, which
leaves out the seeds, the dev gold and every document of benchmarks/heldout, recognised by
content, title or PCode however the gold copy is written out."""

from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SCRIPTS = ROOT / "scripts"


@pytest.fixture(scope="module")
def held_out():
    sys.path.insert(0, str(SCRIPTS))
    try:
        import held_out
        import scale_corpus

        yield held_out, scale_corpus
    finally:
        sys.path.remove(str(SCRIPTS))


def _builders() -> list[Path]:
    return sorted(SCRIPTS.glob("build_*.py"))


def test_every_build_script_reads_the_corpus_through_read_corpus():
    """A builder that takes --corpus reads its laws with scale_corpus.read_corpus (or only
    the index of titles, read_index); one that lists files itself (a LawRefBook checkout)
    passes each through held_out. None opens corpus files on its own."""
    builders = _builders()
    assert len(builders) >= 18  # a rename must not empty the check
    for path in builders:
        source = path.read_text(encoding="utf-8")
        if "--corpus" not in source:
            continue
        reads = r"\b(read_corpus|read_index|run_build|run_regional_build|read_with_regional)\("
        assert re.search(reads, source), path.name
        if re.search(r"\.r?glob\(|\.read_text\(|\.read_bytes\(", source):
            lists_files = re.search(r"\.r?glob\(", source)
            assert not lists_files or "held_out" in source, path.name


def test_every_builder_reading_the_corpus_says_what_it_left_out():
    """A data file built from the corpus says in its header how many files were left out
    (scale_corpus.left_out, also written by source_lines, write_table and run_build)."""
    writes_it = re.compile(r"\b(left_out|source_lines|write_table|run_build)\(")
    for path in _builders():
        source = path.read_text(encoding="utf-8")
        if "read_corpus(" in source:
            assert writes_it.search(source), path.name


def test_the_rebuild_script_runs_every_builder():
    script = (SCRIPTS / "rebuild_resources.sh").read_text(encoding="utf-8")
    for path in _builders():
        assert path.stem.removeprefix("build_") in script, path.name


def _text(seed: int, n: int = 3000) -> str:
    """Han text made up from a seeded draw: no real document's."""
    draw = random.Random(seed)
    return "".join(chr(draw.randint(0x4E00, 0x9FA5)) for _ in range(n))


def _gold(folder: Path, stem: str, title: str, body: str) -> None:
    (folder / f"{stem}.txt").write_text(f"# {title}\n\n{body}\n", encoding="utf-8")
    gold = {"source": f"{stem}.txt", "self": {"title": title}}
    (folder / f"{stem}.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")


@pytest.fixture
def gold(held_out, tmp_path, monkeypatch):
    module, _ = held_out
    folder = tmp_path / "heldout"
    folder.mkdir()
    body = _text(1)
    _gold(folder, "copy", "甲市乙条例", body)
    (folder / "README.md").write_text("# not a document\n", encoding="utf-8")
    # a batch being annotated: its document is there, its annotation not yet
    (folder / "new.md").write_text(f"# 丙省丁办法\n\n{_text(2)}\n", encoding="utf-8")
    (folder / "record.md").write_text(
        f"# 戊法\n\n- 法規網址：https://law.moj.gov.tw/LawClass/LawAll.aspx?pcode=Z0000001\n\n{_text(3)}",
        encoding="utf-8",
    )
    monkeypatch.setattr(module, "HELD_OUT", folder)
    corpus = tmp_path / "shared" / "corpus" / "scale"
    corpus.mkdir(parents=True)
    return module.HeldOut.beside(corpus), body


def test_a_copy_written_out_otherwise_is_recognised_by_its_text(gold):
    held, body = gold
    spaced = "\n".join(f"第{i}条　{body[i : i + 60]}" for i in range(0, len(body), 60))
    found = held.match("LawRefBook-Laws/某处/另一标题(2020-01-01).md", "另一标题", spaced)
    assert found and found.how == "content" and found.gold_path.endswith("copy.txt")


def test_a_document_without_its_annotation_yet_is_left_out_too(gold):
    held, _ = gold
    found = held.match("LawRefBook-Laws/x/丙省丁办法(2021-02-02).md", "丙省丁办法", _text(9))
    assert found and found.how == "title"
    assert held.match("LawRefBook-Laws/y.md", "别的", _text(2)).how == "content"


def test_titles_match_across_scripts_date_suffixes_and_quotes(gold):
    held, _ = gold
    assert held.match("mojLawSplitJSON/FalVMingLing/A0000001.json", "《甲市乙條例》", _text(5))
    assert held.match("LawRefBook-Laws/z/甲市乙条例(2019-09-09).md", "", _text(6))


def test_a_taiwan_record_is_recognised_by_its_pcode(gold):
    held, _ = gold
    found = held.match("mojLawSplitJSON/FalVMingLing/Z0000001.json", "己法", _text(7))
    assert found and found.how == "pcode"
    assert held.match("LawRefBook-Laws/Z0000001.md", "己法", _text(7)) is None


def test_a_law_written_on_the_same_template_is_not_a_copy(gold):
    """Taiwan's organisation acts differ in their names only: a tenth of the text changed
    is another law, unless its title says it is the gold document's."""
    held, body = gold
    sibling = "".join(
        "庚" if i % 10 == 0 else char for i, char in enumerate(body)
    )  # one character in ten
    assert held.match("mojLawSplitJSON/FalVMingLing/B0000002.json", "辛条例", sibling) is None
    unrelated = _text(8)
    assert held.match("LawRefBook-Laws/w.md", "壬条例", unrelated) is None


def test_read_corpus_leaves_them_out_and_says_how_many(held_out, gold, tmp_path):
    _, scale_corpus = held_out
    corpus = tmp_path / "corpus2" / "scale"
    (corpus / "LawRefBook-Laws" / "某类").mkdir(parents=True)
    _, body = gold
    (corpus / "LawRefBook-Laws" / "某类" / "甲市乙条例(2020-01-01).md").write_text(
        f"# 甲市乙条例\n\n{body}", encoding="utf-8"
    )
    (corpus / "LawRefBook-Laws" / "某类" / "癸条例(2020-01-01).md").write_text(
        f"# 癸条例\n\n{_text(11)}", encoding="utf-8"
    )
    kept = [law.title for law in scale_corpus.read_corpus(corpus)]
    assert kept == ["癸条例"]
    every = [law.title for law in scale_corpus.read_corpus(corpus, leave_out_gold=False)]
    assert sorted(every) == ["甲市乙条例", "癸条例"]
    matched = held_out[0].held_out_beside(corpus.resolve()).matched.values()
    assert "less 1 files recognised as gold documents" in held_out[0].summary_line(matched)


_CORPUS_PATH = re.compile(
    r"`?((?:shared/corpus/scale/)?(?:LawRefBook-Laws/|mojLawSplitJSON/|FalVMingLing/)[^`\s]+?\.(?:md|json))`"
)


def test_the_held_out_documents_the_corpus_holds_are_left_out(held_out):
    """Every corpus file the held-out README names as the source of a batch's document is
    recognised, and the gold documents found in the corpus are at least those."""
    module, scale_corpus = held_out
    corpus = scale_corpus.DEFAULT_CORPUS
    if not (corpus / "LawRefBook-Laws").is_dir():
        pytest.skip("the scale corpus is not beside the repository")
    readme = (ROOT / "benchmarks" / "heldout" / "README.md").read_text(encoding="utf-8")
    named = set()
    for match in _CORPUS_PATH.finditer(readme.replace("\n", "").replace("  ", "")):
        path = match.group(1).removeprefix("shared/corpus/scale/")
        if path.startswith("FalVMingLing/"):
            path = f"mojLawSplitJSON/{path}"
        if (corpus / path).is_file():
            named.add(path)
    assert len(named) >= 10
    held = module.held_out_beside(corpus.resolve())
    for _ in scale_corpus.read_corpus(corpus):
        pass
    assert named <= set(held.matched), sorted(named - set(held.matched))
    assert len(held.matched) >= 14
