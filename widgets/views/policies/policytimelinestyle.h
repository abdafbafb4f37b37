#pragma once

// The policy timeline's measures, shared by its drawing (policytimeline.cpp) and its layout
// (policytimelinelayout.cpp).

#include "chartstyle.h"

namespace TrendScope::PolicyTimelineStyle {

constexpr double Day = 24 * 3600;
constexpr double DotRadius = 4.5; // pixels
constexpr double LabelPadding = 5; // pixels between a mark and its label
constexpr double LabelGap = 12; // pixels kept free between neighbours in a sub-row
constexpr double MaxLabelWidth = 260; // longer titles are elided; the tooltip has them whole
constexpr double MinLabelWidth = 36; // less room than this: the item goes into a cluster
constexpr double LabelPointSize = 9; // never shrunk: crowding clusters items instead
constexpr double RowAir = 5; // pixels between the text of two sub-rows
constexpr double BarHalfHeight = 0.36; // of a sub-row

inline QColor withAlpha(QColor color, int alpha)
{
    color.setAlpha(alpha);
    return color;
}

inline QFont labelFont(bool bold = false)
{
    return chartFont(LabelPointSize, bold);
}

} // namespace TrendScope::PolicyTimelineStyle
