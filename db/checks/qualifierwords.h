#pragma once

#include "qualifier.h"

#include <QList>
#include <QString>

namespace TrendScope {

// A number a text bounds with words: "约180亿" is approximately 18000000000, "超过300" more
// than 300, "160+" plus 160, "上百家" at least 100.
struct StatedQualifier
{
    Qualifier qualifier = Qualifier::Exact;
    double number = 0; // with its 万 / 亿 / 万亿 / B multiplier applied
    QString words; // the matched text, for messages: "约180亿"
};

// Every qualified number in a report's text (a quote or a note). Chinese qualifying words
// (约 大约 左右 上下 近 / 超过 逾 余 多 / 至少 不少于 以上 上百 / 不超过 至多 / 最高 最多) and a
// written "N+"; a number without such words is not listed.
QList<StatedQualifier> statedQualifiers(const QString &text);

} // namespace TrendScope
