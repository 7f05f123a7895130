"""Makes a workspace with N municipal editions, for scripts/bench_municipal.

The repository's own content (onthaal.yaml, the model charter, the playbook, the
blueprints and the reference data) plus N generated profiles in charters/, each with
PARTNERS partners in its CSV file. Every third municipality replaces a charter section,
every fifth appends to a playbook chapter, every seventh adds a section, so the build
renders both shared and municipality-specific texts. The data is fictitious
(`*.example` addresses) and only for measuring.

    python3 scripts/bench_municipalities.py REPO DEST N [PARTNERS]
"""
import pathlib
import shutil
import sys

src, dest, n = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2]), int(sys.argv[3])
partners = int(sys.argv[4]) if len(sys.argv) > 4 else 25
dest.mkdir(parents=True)
for part in ["onthaal.yaml", "reference", "checklist", "blueprints", "playbook", "faq"]:
    p = src / part
    (shutil.copytree if p.is_dir() else shutil.copy)(p, dest / part)
(dest / "charters").mkdir()
shutil.copy(src / "charters" / "model.md", dest / "charters" / "model.md")
models = ["netwerk-lokale-partners", "algemeen-contactpunt", "warm-meldpunt", "expertisepunt"]
roles = ["toeleider", "decentraal meldpunt"]


def changes(i):
    out = []
    if i % 3 == 0:
        out.append(
            "  - sectie: lokale-afspraken\n    vervangen: |\n"
            f"      In Gemeente {i:03} werkt het netwerk samen met de welzijnsorganisaties van de gemeente.\n"
            "    reden: eigen afspraken\n"
        )
    if i % 5 == 0:
        out.append(
            "  - document: draaiboek\n    sectie: nazorg\n    aanvullen: |\n"
            "      Bel voor nazorg {{ gemeente.telefoon }}.\n"
        )
    if i % 7 == 0:
        out.append(
            f"  - toevoegen_na: communicatie\n    id: buurtwerk-{i:03}\n    titel: Buurtwerk\n"
            "    tekst: Het netwerk werkt samen met het buurtwerk.\n"
        )
    return "wijzigingen:\n" + "".join(out) if out else "wijzigingen: []\n"


for i in range(1, n + 1):
    slug = f"gemeente-{i:03}"
    (dest / "charters" / f"{slug}.yaml").write_text(
        f"naam: Gemeente {i:03}\nmodel: {models[i % 4]}\n"
        "contactpunt:\n  dienst: Dienst gelijke kansen\n  adres: Marktplein 1\n"
        "  openingsuren: elke werkdag van 9 tot 12 uur\n  telefoon: 09 000 00 00\n"
        f"  email: meldpunt@{slug}.example\n  website: https://www.{slug}.example\n"
        f"coordinator: Coördinator van Gemeente {i:03}\n"
        f"ondertekening:\n  ondertekenaar: Burgemeester van Gemeente {i:03}\n"
        "  beslissing: Beslissing van het college van 5 januari 2026\n"
        f"  gegevensbescherming: privacy@{slug}.example\n"
        f"partners: {slug}.partners.csv\n" + changes(i)
    )
    rows = ["naam;soort;contactpersoon;adres;telefoon;e-mail;rol"]
    for p in range(1, partners + 1):
        rows.append(
            f"Partner {p:02} van Gemeente {i:03};vzw;Contactpersoon {p:02};Straat {p};"
            f"09 000 00 {p:02};partner{p:02}@{slug}.example;{roles[p % 2]}"
        )
    (dest / "charters" / f"{slug}.partners.csv").write_text("\r\n".join(rows) + "\r\n")
