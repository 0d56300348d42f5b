#!/usr/bin/env python3
"""Derives Sinergi's bundled instrument files (src/main/resources/instruments/*.json)
from the reference files in ../shared/reference/frameworks/. Run once per reference change:

    python3 tools/derive-instruments.py ../shared/reference/frameworks src/main/resources/instruments

What it changes, and why:
- weights become strings ("1.3", "20/6") so no binary floating point ever touches them;
- every instrument gets a uniform shape: valueScale, levelScales (with Indonesian and English
  criteria), predicateBasis, and either domains -> aspects -> indicators or aspects -> indicators;
- 5/2018 gets level names (the reference file has none), 8/2026 its level bands and survey kind.
Sources and status of each reference file are kept verbatim.
"""
import json, sys, os

src, dst = sys.argv[1], sys.argv[2]

PROCESS_59 = [
    (1, "Rintisan", "Kegiatan/kebijakan masih ad hoc atau berupa konsep/draf; belum ada pedoman dan program yang terarah."),
    (2, "Terkelola", "Telah diterapkan/ditetapkan dengan program yang terarah, tetapi isinya belum lengkap atau belum mencakup seluruh unit/proses."),
    (3, "Terstandarisasi", "Diterapkan menyeluruh pada seluruh unit dan proses sesuai pedoman/standar yang berlaku."),
    (4, "Terintegrasi dan Terukur", "Terintegrasi antarinstansi / selaras dengan SPBE nasional, serta direviu atau dievaluasi secara berkala."),
    (5, "Optimum", "Hasil reviu/evaluasi berkala ditindaklanjuti (misalnya kebijakan baru, perbaikan berkelanjutan)."),
]
TECHNICAL = [
    (1, "Informasi", "Aplikasi hanya menyediakan informasi satu arah tentang layanan."),
    (2, "Interaksi", "Interaksi dua arah: pencarian, unggah/unduh dokumen."),
    (3, "Transaksi", "Transaksi dengan pengguna: otomasi alur kerja, transaksi basis data, validasi, persetujuan, analitik."),
    (4, "Kolaborasi", "Terintegrasi dengan layanan elektronik lain di dalam instansi dan/atau dengan instansi lain."),
    (5, "Optimalisasi", "Layanan terus disesuaikan dan dioptimalkan terhadap perubahan lingkungan, teknologi, dan kebutuhan pengguna."),
]
PEMDI = [
    (1, "Merintis", "Penerapan minimal dan/atau ad hoc; perencanaan strategis yang terstruktur masih disusun; pelaksanaan mengikuti kebutuhan organisasi."),
    (2, "Membangun", "Direncanakan melalui Rencana Aksi Pemdi tetapi belum menyeluruh; efisiensi di sebagian area; dampak pada layanan publik masih terbatas dan belum merata."),
    (3, "Berkembang", "Sistematis dan menyeluruh di setiap unit dengan SOP baku; integrasi sistem/data lintas unit mulai berjalan."),
    (4, "Melembaga", "Menyeluruh dengan reviu berkala; kolaborasi dan interoperabilitas di dalam dan lintas instansi; data dikelola sebagai aset strategis; berkontribusi pada prioritas nasional."),
    (5, "Unggul", "Proaktif; tindak lanjut perbaikan berkelanjutan didukung komitmen pimpinan pada inovasi; layanan personal, humanis, dan prediktif dengan partisipasi pemangku kepentingan."),
]

def w(value, exact=None):
    return exact if exact else num(value)

def num(value):
    s = str(value)
    return s[:-2] if s.endswith(".0") else s

def levels(table, english):
    by_level = {l["level"]: l for l in english}
    out = []
    for level, name, criteria_id in table:
        en = by_level.get(level, {}).get("criteria")
        out.append({"level": level, "name": name, "criteria": {"id": criteria_id, "en": en or criteria_id}})
    return out

def predicates(ps):
    return [{"name": p["name"], "min": num(p["min"]), "minInclusive": p["minInclusive"],
             "max": num(p["max"]), "maxInclusive": p["maxInclusive"]} for p in ps]

def indicator(i, kind="LEVEL"):
    out = {"code": i["code"], "name": i["name"], "weight": w(i["weight"], i.get("weightExact")), "kind": kind}
    if i.get("nameVariants"):
        out["nameVariants"] = i["nameVariants"]
    return out

def aspect(a, kind_of=lambda i: "LEVEL", scale=None):
    out = {"code": a["code"], "name": a["name"], "weight": w(a["weight"])}
    if scale:
        out["levelScale"] = scale
    out["indicators"] = [indicator(i, kind_of(i)) for i in a["indicators"]]
    return out

def common(ref):
    return {"code": ref["code"], "name": ref["name"], "indexName": ref["indexName"],
            "status": ref["status"], "usedForEvaluationYears": ref["usedForEvaluationYears"],
            "sources": ref["sources"]}

def load(name):
    with open(os.path.join(src, name), encoding="utf-8") as f:
        return json.load(f)

def write(name, data):
    with open(os.path.join(dst, name), "w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False, indent=2)
        f.write("\n")

# PermenPANRB 59/2020
ref = load("permenpanrb-59-2020.json")
out = common(ref)
out.update({
    "provisional": False,
    "valueScale": {"min": "1", "max": "5", "decimals": 0},
    "rounding": {"scale": 2, "mode": "HALF_UP"},
    "predicateBasis": "ROUNDED",
    "levelScales": [
        {"code": "process", "name": "Kapabilitas proses", "appliesTo": ref["levelScales"]["process"]["appliesTo"],
         "levels": levels(PROCESS_59, ref["levelScales"]["process"]["levels"])},
        {"code": "technical", "name": "Kapabilitas fungsi teknis", "appliesTo": ref["levelScales"]["technical"]["appliesTo"],
         "levels": levels(TECHNICAL, ref["levelScales"]["technical"]["levels"])},
    ],
    "predicates": predicates(ref["predicates"]),
    "domains": [{"code": d["code"], "name": d["name"], "weight": w(d["weight"]), "levelScale": d["levelScale"],
                 "aspects": [aspect(a) for a in d["aspects"]]} for d in ref["domains"]],
})
write("permenpanrb-59-2020.json", out)

# PermenPANRB 5/2018: same two capability scales, with the 5/2018 names and a level 0.
ref = load("permenpanrb-5-2018.json")
process_2018 = [(0, "Belum ada", "Kebijakan atau kegiatan yang dinilai belum ada.")] + [
    (1, "Rintisan", PROCESS_59[0][2]), (2, "Terkelola", PROCESS_59[1][2]), (3, "Terdefinisi", PROCESS_59[2][2]),
    (4, "Terpadu dan Terukur", PROCESS_59[3][2]), (5, "Optimum", PROCESS_59[4][2])]
technical_2018 = [(0, "Belum ada", "Layanan elektronik yang dinilai belum ada.")] + TECHNICAL
en_process = [{"level": 0, "criteria": "The policy or activity being assessed does not exist yet."}] + load("permenpanrb-59-2020.json")["levelScales"]["process"]["levels"]
en_technical = [{"level": 0, "criteria": "The electronic service being assessed does not exist yet."}] + load("permenpanrb-59-2020.json")["levelScales"]["technical"]["levels"]
out = common(ref)
out.update({
    "provisional": False,
    "scoredItemsNote": ref["scoredItemsNote"],
    "levelScaleNote": "Level names follow PermenPANRB 5/2018 (kapabilitas proses: Rintisan, Terkelola, Terdefinisi, Terpadu dan Terukur, Optimum; kapabilitas fungsi teknis: Informasi, Interaksi, Transaksi, Kolaborasi, Optimalisasi); the reference file gives none. Criteria are the 59/2020 paraphrases; level 0 means not present.",
    "valueScale": {"min": "0", "max": "5", "decimals": 0},
    "rounding": {"scale": 2, "mode": "HALF_UP"},
    "predicateBasis": "ROUNDED",
    "levelScales": [
        {"code": "process", "name": "Kapabilitas proses", "appliesTo": "domains D1-D2 (indicators 1-24)",
         "levels": levels(process_2018, en_process)},
        {"code": "technical", "name": "Kapabilitas fungsi teknis", "appliesTo": "domain D3 (indicators 25-35.3)",
         "levels": levels(technical_2018, en_technical)},
    ],
    "predicates": predicates(ref["predicates"]),
    "predicatesNote": ref["predicatesNote"],
    "domains": [{"code": d["code"], "name": d["name"], "weight": w(d["weight"]),
                 "levelScale": "technical" if d["code"] == "D3" else "process",
                 "aspects": [aspect(a) for a in d["aspects"]]} for d in ref["domains"]],
})
write("permenpanrb-5-2018.json", out)

# PermenPANRB 8/2026 (provisional): aspects -> indicators, decimal values, level bands.
ref = load("permenpanrb-8-2026.json")
bands = {p["levelName"]: p for p in ref["predicates"]}
pemdi_levels = levels(PEMDI, ref["levels"])
for l in pemdi_levels:
    b = bands[l["name"]]
    l.update({"min": num(b["min"]), "minInclusive": b["minInclusive"], "max": num(b["max"]), "maxInclusive": b["maxInclusive"]})
survey_aspect = "A7"
out = common(ref)
out.update({
    "provisional": True,
    "structure": ref["structure"],
    "valueScale": {"min": "1.00", "max": "5.00", "decimals": 2, "note": ref["valueScale"]["note"]},
    "rounding": {"scale": 2, "mode": "HALF_UP"},
    "predicateBasis": "ROUNDED",
    "levelScales": [{"code": "pemdi", "name": "Tingkat kematangan Pemerintah Digital",
                     "appliesTo": "all indicators; a value lies inside the band of the level whose criteria the evidence meets",
                     "levels": pemdi_levels}],
    "predicates": [{k: v for k, v in p.items() if k != "levelName"} for p in predicates(ref["predicates"])],
    "predicatesNote": ref["predicatesNote"],
    "surveyNote": "Aspect A7 (Kepuasan Pengguna Layanan Digital Pemerintah) is scored from a user-satisfaction survey, not from a level pick.",
    "aspects": [aspect(a, (lambda i: "SURVEY") if a["code"] == survey_aspect else (lambda i: "LEVEL"), "pemdi") for a in ref["aspects"]],
    "externalIndexConversions": ref["externalIndexConversions"],
    "externalIndexConversionsNote": ref["externalIndexConversionsNote"],
    "knownVariant": ref["knownVariant"],
})
write("permenpanrb-8-2026.json", out)
