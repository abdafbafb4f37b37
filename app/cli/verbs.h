#pragma once

#include "cliparse.h"

namespace TrendScope {

class ViewRegistry;

// The command line's verbs, each given its parsed arguments (cli.cpp declares which options
// each takes) and the views it may name; each returns the exit code.
namespace Cli {

int exportData(const Args &args, const ViewRegistry &views);
int exportChart(const Args &args, const ViewRegistry &views);
int exportReport(const Args &args, const ViewRegistry &views);
int screenshot(const Args &args, const ViewRegistry &views);
int check(const Args &args, const ViewRegistry &views);
// editionverbs.cpp
int editions(const Args &args, const ViewRegistry &views);
int diff(const Args &args, const ViewRegistry &views);
int importFile(const Args &args, const ViewRegistry &views);
int history(const Args &args, const ViewRegistry &views);
int savedViews(const Args &args, const ViewRegistry &views);
// serververbs.cpp
int publish(const Args &args, const ViewRegistry &views);
int pull(const Args &args, const ViewRegistry &views);

} // namespace Cli

} // namespace TrendScope
