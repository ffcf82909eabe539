"""A generated JSON Lines archive of bilingual business news for archive-scale checks.

Invented companies and figures in sentences written for figura's tests (not taken from any
publication): each article has an English original, its Vietnamese translation and sometimes
summary bullets, with stated conversions (yuan, yen, dong, euro against the dollar), qualifiers,
ranges, counts and dates. About a quarter carry a deliberate mistake (a wrong conversion, a dropped
qualifier, a changed figure, an unsupported summary figure), so a check finds things to report.
Same seed, same bytes.

    python3 benchmarks/python/archive.py OUT.jsonl [ARTICLES] [SEED]
"""

from __future__ import annotations

import json
import random
import sys
from typing import Dict, List, Tuple

COMPANIES = [
    ("Lotus Rail", "Lotus Rail"), ("Harbour Grid", "Harbour Grid"), ("Blue Delta Foods", "Blue Delta Foods"),
    ("Kestrel Chips", "Kestrel Chips"), ("Meridian Ports", "Meridian Ports"), ("Silverline Steel", "Silverline Steel"),
    ("Orchid Pharma", "Orchid Pharma"), ("Northwind Solar", "Northwind Solar"), ("Granite Cement", "Granite Cement"),
    ("Jade River Bank", "Jade River Bank"),
]
THINGS = [
    ("a new factory", "một nhà máy mới"), ("the second terminal", "nhà ga thứ hai"),
    ("a battery plant", "một nhà máy pin"), ("its data centres", "các trung tâm dữ liệu"),
    ("a coastal wind farm", "một trang trại điện gió ven biển"), ("the northern rail link", "tuyến đường sắt phía bắc"),
]
# Units of the currency per US dollar, close to the published averages of the year (for plausible
# conversions; the check decides with its own rates).
PER_USD = {
    ("CNY", 2023): 7.08, ("CNY", 2024): 7.19, ("JPY", 2023): 140.5, ("JPY", 2024): 151.4,
    ("VND", 2023): 23800, ("VND", 2024): 24700,
}
FILLER_EN = [
    "Analysts said the plan depended on permits that had taken longer than expected.",
    "The board met twice before approving the budget, according to people familiar with the talks.",
    "Local officials welcomed the investment but asked for more detail on land use.",
    "Competitors have delayed similar projects as borrowing costs stayed high.",
]
FILLER_VI = [
    "Các nhà phân tích cho rằng kế hoạch phụ thuộc vào giấy phép vốn mất nhiều thời gian hơn dự kiến.",
    "Theo những người nắm rõ cuộc đàm phán, hội đồng quản trị đã họp hai lần trước khi thông qua ngân sách.",
    "Chính quyền địa phương hoan nghênh khoản đầu tư nhưng yêu cầu thêm chi tiết về sử dụng đất.",
    "Các đối thủ đã trì hoãn những dự án tương tự khi chi phí vay vẫn ở mức cao.",
]
MONTHS_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def _ordinal(day: int) -> str:
    suffix = "th" if 10 <= day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return f"{day}{suffix}"


def _en_money(currency: str, amount: float) -> str:
    if currency == "CNY":
        return f"Rmb{amount:g}bn"
    if currency == "JPY":
        return f"¥{amount:g}bn"
    return f"{amount:g}bn dong"


def _vi_money(currency: str, amount: float) -> str:
    text = f"{amount:g}".replace(".", ",")
    return {"CNY": f"{text} tỷ nhân dân tệ", "JPY": f"{text} tỷ yên", "VND": f"{text} tỷ đồng"}[currency]


def _usd(amount_usd_bn: float) -> Tuple[str, str]:
    """($1.4bn, 1,4 tỷ USD) or, below a billion, ($850m, 850 triệu USD)."""
    if amount_usd_bn >= 1:
        v = round(amount_usd_bn, 1)
        return f"${v:g}bn", f"{v:g}".replace(".", ",") + " tỷ USD"
    m = int(round(amount_usd_bn * 1000))
    return f"${m}m", f"{m} triệu USD"


def make_article(rng: random.Random, index: int) -> Dict[str, object]:
    company_en, company_vi = rng.choice(COMPANIES)
    thing_en, thing_vi = rng.choice(THINGS)
    currency = rng.choice(["CNY", "CNY", "JPY", "VND"])
    year = rng.choice([2023, 2024])
    month = rng.randrange(1, 13)
    day = rng.randrange(1, 28)
    amount = {"CNY": rng.choice([2, 5, 12, 30, 45, 100]), "JPY": rng.choice([80, 150, 300, 900]),
              "VND": rng.choice([900, 2500, 7000, 12000])}[currency]
    usd = amount / PER_USD[(currency, year)]
    mistake = rng.random()
    stated_usd = usd * 1.35 if mistake < 0.08 else usd
    usd_en, usd_vi = _usd(stated_usd)
    workers = rng.choice([800, 1200, 10000, 25000])
    cap = rng.choice([3, 5, 6, 8])
    pub_year = year + 1
    pub = f"{pub_year}-{month:02d}-{day:02d}"

    original = [
        f"{company_en} bets on {thing_en}",
        f"{MONTHS_EN[month - 1]} {_ordinal(day)} {pub_year}|Hanoi",
        f"In {year} {company_en} said it would spend {_en_money(currency, amount)} ({usd_en}) on {thing_en}.",
        f"The project employs {workers:,} people, and each contract is worth less than ${cap}m.",
        f"Revenue rose by {rng.randrange(3, 40)}% last year, the firm said.",
    ]
    fillers = rng.sample(range(len(FILLER_EN)), 2)
    original += [FILLER_EN[i] for i in fillers]
    qualifier_vi = "" if 0.08 <= mistake < 0.14 else "dưới "
    workers_vi = workers + 500 if 0.14 <= mistake < 0.19 else workers
    translation = [
        f"{company_vi} đặt cược vào {thing_vi}",
        f"Ngày {day} tháng {month} năm {pub_year} | Hà Nội",
        f"Năm {year}, {company_vi} cho biết sẽ chi {_vi_money(currency, amount)} ({usd_vi}) cho {thing_vi}.",
        f"Dự án sử dụng {workers_vi:,}".replace(",", ".") + f" người, và mỗi hợp đồng có giá trị {qualifier_vi}{cap} triệu USD.",
        f"Công ty cho biết doanh thu năm ngoái tăng {original[4].split('by ')[1].split('%')[0]}%.",
    ]
    translation += [FILLER_VI[i] for i in fillers]
    record: Dict[str, object] = {
        "id": f"a{index:06d}",
        "date": pub,
        "original": "\n".join(original),
        "translation": "\n".join(translation),
    }
    if rng.random() < 0.5:
        bullet_cap = cap + 2 if 0.19 <= mistake < 0.25 else cap
        record["summary"] = [f"{company_vi} chi {_vi_money(currency, amount)} cho {thing_vi}",
                             f"Mỗi hợp đồng dưới {bullet_cap} triệu USD"]
    return record


def write_archive(path: str, articles: int, seed: int = 20250304) -> None:
    rng = random.Random(seed)
    with open(path, "w", encoding="utf-8", newline="\n") as out:
        for i in range(articles):
            out.write(json.dumps(make_article(rng, i), ensure_ascii=False) + "\n")


def main(argv: List[str]) -> int:
    if len(argv) < 2:
        print(__doc__.strip().splitlines()[-1].strip(), file=sys.stderr)
        return 2
    write_archive(argv[1], int(argv[2]) if len(argv) > 2 else 20000, int(argv[3]) if len(argv) > 3 else 20250304)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
