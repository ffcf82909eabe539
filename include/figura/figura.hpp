#pragma once
/// figura: exact monetary figures from English and Vietnamese text.
/// The umbrella header; include the parts you need or this one.

#include "figura/article.hpp"
#include "figura/check.hpp"
#include "figura/currency.hpp"
#include "figura/dates.hpp"
#include "figura/decimal.hpp"
#include "figura/error.hpp"
#include "figura/figure.hpp"
#include "figura/parse.hpp"
#include "figura/rates.hpp"
#include "figura/version.hpp"
