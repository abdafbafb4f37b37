<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>EditWording</name>
    <message numerus="yes">
        <source>%n entries: %1</source>
        <translation>
            <numerusform>%n entry: %1</numerusform>
            <numerusform>%n entries: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrendScope::CurveLabels</name>
    <message numerus="yes">
        <source>+%n label(s) without room: hover the points</source>
        <translation>
            <numerusform>+%n label without room: hover the points</numerusform>
            <numerusform>+%n labels without room: hover the points</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrendScope::EntityDetails</name>
    <message numerus="yes">
        <source>%n more fact(s)</source>
        <comment>facts past the first 50 the details panel lists</comment>
        <translation>
            <numerusform>%n more fact</numerusform>
            <numerusform>%n more facts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more related row(s) (%1)</source>
        <comment>rows past the first 50 the details panel lists; %1 is their kind (“Model”)</comment>
        <translation>
            <numerusform>%n more related row (%1)</numerusform>
            <numerusform>%n more related rows (%1)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrendScope::ExportActions</name>
    <message numerus="yes">
        <source>Export cancelled after %n file(s)</source>
        <translation>
            <numerusform>Export cancelled after %n file</numerusform>
            <numerusform>Export cancelled after %n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n file(s) to %1</source>
        <translation>
            <numerusform>Exported %n file to %1</numerusform>
            <numerusform>Exported %n files to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1</source>
        <translation>
            <numerusform>Exported %n row to %1</numerusform>
            <numerusform>Exported %n rows to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n table(s) to %1</source>
        <translation>
            <numerusform>Exported %n table to %1</numerusform>
            <numerusform>Exported %n tables to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n row(s)</source>
        <translation>
            <numerusform>Copied %n row</numerusform>
            <numerusform>Copied %n rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrendScope::HistoryPanel</name>
    <message numerus="yes">
        <source>%1: %n change(s), newest first.</source>
        <translation>
            <numerusform>%1: %n change, newest first.</numerusform>
            <numerusform>%1: %n changes, newest first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrendScope::ImportDialog</name>
    <message numerus="yes">
        <source>%1, %2, %n row(s), %3 column(s)</source>
        <translation>
            <numerusform>%1, %2, %n row, %3 column</numerusform>
            <numerusform>%1, %2, %n rows, %3 columns</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Writing %n change(s) in one transaction…</source>
        <translation>
            <numerusform>Writing %n change in one transaction…</numerusform>
            <numerusform>Writing %n changes in one transaction…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrendScope::ImportPlan</name>
    <message numerus="yes">
        <source>import %n row(s) from %1</source>
        <translation>
            <numerusform>import %n row from %1</numerusform>
            <numerusform>import %n rows from %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n new</source>
        <comment>how many rows of one kind the import makes; %1 is the kind (“model”)</comment>
        <translation>
            <numerusform>%1: %n new</numerusform>
            <numerusform>%1: %n new</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrendScope::LeaderboardChart</name>
    <message numerus="yes">
        <source>+%n more in the table</source>
        <translation>
            <numerusform>+%n more in the table</numerusform>
            <numerusform>+%n more in the table</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrendScope::PolicyTimeline</name>
    <message numerus="yes">
        <source>%n undated, listed in the table only</source>
        <translation>
            <numerusform>%n undated, listed in the table only</numerusform>
            <numerusform>%n undated, listed in the table only</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n undated item(s) listed in the table only</source>
        <translation>
            <numerusform>%n undated item listed in the table only</numerusform>
            <numerusform>%n undated items listed in the table only</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>+N: %n item(s) without room for a label, by month; zoom in to see them</source>
        <translation>
            <numerusform>+N: %n item without room for a label, by month; zoom in to see them</numerusform>
            <numerusform>+N: %n items without room for a label, by month; zoom in to see them</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>+%n more lane(s)</source>
        <translation>
            <numerusform>+%n more lane</numerusform>
            <numerusform>+%n more lanes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrendScope::PriceCutTimeline</name>
    <message numerus="yes">
        <source>%n undated, listed in the table only</source>
        <translation>
            <numerusform>%n undated, listed in the table only</numerusform>
            <numerusform>%n undated, listed in the table only</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n undated cut(s) listed in the table only</source>
        <translation>
            <numerusform>%n undated cut listed in the table only</numerusform>
            <numerusform>%n undated cuts listed in the table only</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrendScope::SavedView</name>
    <message numerus="yes">
        <source>A saved view&apos;s name has at most %n characters.</source>
        <translation>
            <numerusform>A saved view&apos;s name has at most %n character.</numerusform>
            <numerusform>A saved view&apos;s name has at most %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrendScope::SurveyChart</name>
    <message numerus="yes">
        <source>%n answer(s) without a percent not drawn</source>
        <translation>
            <numerusform>%n answer without a percent not drawn</numerusform>
            <numerusform>%n answers without a percent not drawn</numerusform>
        </translation>
    </message>
</context>
</TS>
