#pragma once

#include <QLatin1String>

// Every key TrendScope keeps in QSettings, in one place: the window, the dialogs and the
// tests read the same names, and a renamed key cannot leave a stale reader behind.
namespace TrendScope::SettingsKey {

// The main window: geometry and dock layout, the view on top, the filters at exit.
inline constexpr QLatin1String WindowGeometry("mainwindow/geometry");
inline constexpr QLatin1String WindowState("mainwindow/state");
inline constexpr QLatin1String CurrentView("mainwindow/view");
inline constexpr QLatin1String FilterSearch("filters/search");
inline constexpr QLatin1String FilterOrganization("filters/organization");
inline constexpr QLatin1String FilterSource("filters/source");
inline constexpr QLatin1String FilterYearFrom("filters/yearFrom");
inline constexpr QLatin1String FilterYearTo("filters/yearTo");

// The interface language chosen in View > Language ("zh_CN", "en"); unset: the system's.
inline constexpr QLatin1String InterfaceLanguage("interface/language");

// Which of an entity's names comes first, chosen in View > Names ("report", "english";
// unset: the report's).
inline constexpr QLatin1String NameOrder("interface/nameOrder");

// Datasets: the file open last, where File > Open starts.
inline constexpr QLatin1String LastDatasetFile("dataset/lastFile");
inline constexpr QLatin1String LastDatasetFolder("dataset/lastFolder");
// The last server dataset opened, as its printable URI (never a password).
inline constexpr QLatin1String LastServerUri("dataset/lastServer");

// Editing: the name change_log records.
inline constexpr QLatin1String EditorName("editing/author");

// File > Import: the folder it opens in, and each file layout's mapping (a group keyed by
// ImportMapping::layoutKey).
inline constexpr QLatin1String ImportFolder("import/lastFolder");
inline constexpr QLatin1String ImportMappings("import/mappings");

// The export dialog's last choices and folder.
inline constexpr QLatin1String ExportFormat("export/format");
inline constexpr QLatin1String ExportSize("export/size");
inline constexpr QLatin1String ExportScale("export/scale");
inline constexpr QLatin1String ExportTheme("export/theme");
inline constexpr QLatin1String ExportTransparent("export/transparent");
inline constexpr QLatin1String ExportShowTitle("export/showTitle");
inline constexpr QLatin1String ExportShowSubtitle("export/showSubtitle");
inline constexpr QLatin1String ExportShowSource("export/showSource");
inline constexpr QLatin1String ExportFolder("export/lastFolder");

} // namespace TrendScope::SettingsKey
