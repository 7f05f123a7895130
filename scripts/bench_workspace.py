"""Makes a workspace N times the repository's content, for scripts/bench.

Blueprints get N times their steps, the FAQ N copies of each theme and the playbook N
copies of each chapter, with ids renamed so that the result validates cleanly.
"""
import pathlib
import re
import shutil
import sys

src, dest, n = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2]), int(sys.argv[3])
dest.mkdir(parents=True)
for part in ["onthaal.yaml", "reference", "checklist", "charters"]:
    p = src / part
    (shutil.copytree if p.is_dir() else shutil.copy)(p, dest / part)
(dest / "blueprints").mkdir()
for bp in sorted((src / "blueprints").glob("*.yaml")):
    text = bp.read_text()
    head, steps = text.split("\nstappen:\n", 1)
    # Each step n times in a row, so the steps stay in the order of their phases.
    blocks = re.split(r"(?m)^(?=  - id: )", steps)
    copies = [re.sub(r"^  - id: (\S+)", rf"  - id: \1-k{i}", b, flags=re.M) for b in blocks if b.strip() for i in range(n)]
    (dest / "blueprints" / bp.name).write_text(head + "\nstappen:\n" + "".join(copies))
(dest / "faq").mkdir()
for faq in sorted((src / "faq").glob("*.yaml")):
    for i in range(n):
        text = re.sub(r"^  - id: (\S+)", rf"  - id: \1-k{i}", faq.read_text(), flags=re.M)
        (dest / "faq" / f"{faq.stem}-{i}.yaml").write_text(text)
(dest / "playbook").mkdir()
for chapter in sorted((src / "playbook").glob("*.md")):
    for i in range(n):
        text = re.sub(r"\{#([a-z0-9-]+)", rf"{{#\1-k{i}", chapter.read_text())
        (dest / "playbook" / f"{chapter.stem}-{i}.md").write_text(text)
