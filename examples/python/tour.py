# A notebook-style tour of figura from Python: each "# %%" cell runs in Jupyter or VS Code as it is,
# and `python3 examples/python/tour.py` runs them all (from the project root, which holds
# examples/data). ctest runs it and compares its output with tour.expected; README.md quotes it.

# %% Parse one expression: exact Decimal values, the interval the wording allows, the currency.
# [parse]
from decimal import Decimal

import figura

f = figura.parse("100 tỷ nhân dân tệ")
print(f)
print(f.value, f.currency, f.interval.lower, f.interval.upper)
assert f.value == Decimal("100000000000")
# [/parse]

# %% Errors are exceptions that carry figura's error id and the place.
# [error]
try:
    figura.parse("$14bn of debt")
except figura.Error as e:
    print(e.id, e.line, e.column, e.message)
# [/error]

# %% Every figure of a text, one row each, with Decimal columns.
# [frame]
import figura.pandas as fp

texts = {
    "metro-vi": "Trung Quốc cam kết 100 tỷ nhân dân tệ (khoảng 14 tỷ USD); mỗi toa tàu dưới 6 triệu USD.",
    "metro-en": "China pledged Rmb100bn ($14bn); each carriage costs less than $6m.",
}
frame = fp.extract_frame(texts, kinds=["money"])
print(frame[["text_id", "value", "low", "high", "currency", "qualifier", "text"]].to_string(index=False))
# [/frame]

# %% Convert at the rate of a day: Fraction amounts and rates, with the rate's source and date.
# [convert]
c = figura.convert("100bn yuan", "USD", "2025-01-29")
q = c.rates[0]
print(c.rate_low, "=", q.rounded(-7), q.quote, "per", q.base, "from", q.source, q.used_from, "via", "->".join(q.path))
print(c.rounded(7))

converted = fp.convert_frame(frame, "USD", on="2025-01-29")
print(converted[["text", "rate_source", "rate_date_from", "converted_low", "converted_high"]].head(2).to_string(index=False))
# [/convert]

# %% Check an article: the findings of `figura check --format json`, as dicts.
# [check]
report = figura.check(open("examples/data/metro-article.txt", encoding="utf-8").read(),
                      path="examples/data/metro-article.txt")
for finding in report["findings"]:
    where = finding["location"]
    print(f'{where["line"]}:{where["column"]} {finding["severity"]}[{finding["rule"]}] {where["text"]}')
print(fp.findings_frame(report)["rule"].value_counts().to_dict())
# [/check]
