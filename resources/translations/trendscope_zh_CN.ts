<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ChangeHistory</name>
    <message>
        <source>revert %1 of %2</source>
        <translation>还原 %2 的%1</translation>
    </message>
    <message>
        <source>There is no change number %1.</source>
        <translation>没有编号为 %1 的修改。</translation>
    </message>
    <message>
        <source>“%1” is not a table that can be edited.</source>
        <translation>“%1”不是可编辑的表。</translation>
    </message>
    <message>
        <source>%1 has no column “%2”.</source>
        <translation>%1没有“%2”这一列。</translation>
    </message>
    <message>
        <source>revert adding %1 %2</source>
        <translation>还原新增的%1 %2</translation>
    </message>
    <message>
        <source>revert deleting %1 %2</source>
        <translation>还原已删除的%1 %2</translation>
    </message>
    <message>
        <source>Unknown change “%1”.</source>
        <translation>未知的修改“%1”。</translation>
    </message>
</context>
<context>
    <name>EditQueries</name>
    <message>
        <source>delete %1 %2</source>
        <translation>删除%1 %2</translation>
    </message>
    <message>
        <source>delete %1 %2 rows</source>
        <translation>删除 %1 行%2</translation>
    </message>
    <message>
        <source>add %1 %2 with %3 entries</source>
        <translation>添加%1 %2（含 %3 个条目）</translation>
    </message>
    <message>
        <source>copy %1 %2 rows of %3 to %4</source>
        <translation>将 %3 的 %1 行%2复制到 %4</translation>
    </message>
    <message>
        <source>%1 have no snapshots to copy.</source>
        <translation>%1没有可复制的快照。</translation>
    </message>
    <message>
        <source>%1: a value is required.</source>
        <translation>%1：必须填写一个值。</translation>
    </message>
    <message>
        <source>The row to copy from no longer exists.</source>
        <translation>要复制的行已不存在。</translation>
    </message>
    <message>
        <source>%1: the new snapshot needs another value than “%2”.</source>
        <translation>%1：新快照需要一个不同于“%2”的值。</translation>
    </message>
</context>
<context>
    <name>EditRules</name>
    <message>
        <source>“%1” is not a table that can be edited.</source>
        <translation>“%1”不是可编辑的表。</translation>
    </message>
    <message>
        <source>No row was given.</source>
        <translation>没有指定行。</translation>
    </message>
    <message>
        <source>The edit refers to a row it does not create.</source>
        <translation>此修改引用了一个它并未创建的行。</translation>
    </message>
    <message>
        <source>%1 has no column “%2”.</source>
        <translation>%1没有“%2”这一列。</translation>
    </message>
    <message>
        <source>%1 is the row&apos;s number and cannot be set.</source>
        <translation>%1是行的编号，不能设置。</translation>
    </message>
    <message>
        <source>%1 is set by TrendScope, not by hand.</source>
        <translation>%1由 TrendScope 设置，不能手动填写。</translation>
    </message>
    <message>
        <source>%1 is the key other rows refer to; add a new row instead of renaming it.</source>
        <translation>%1是其他行引用的键；请新增一行，而不是改名。</translation>
    </message>
    <message>
        <source>%1: there is no %2 “%3”. Allowed: %4.</source>
        <translation>%1：没有%2“%3”。允许：%4。</translation>
    </message>
    <message>
        <source>Edition: the source “%1” has no edition yet. Allowed: add its edition first (Editions table), then the row.</source>
        <translation>版本：来源“%1”还没有版本。允许：先添加它的版本（版本表），再添加这一行。</translation>
    </message>
    <message>
        <source>Edition: the source “%1” has several editions. Allowed: the edition this row comes from.</source>
        <translation>版本：来源“%1”有多个版本。允许：这一行所出自的版本。</translation>
    </message>
    <message>
        <source>Edition: edition “%1” belongs to source “%2”, not to this row&apos;s source “%3”. Allowed: an edition of the row&apos;s own source.</source>
        <translation>版本：版本“%1”属于来源“%2”，而不是这一行的来源“%3”。允许：这一行自身来源的版本。</translation>
    </message>
    <message>
        <source>%1: another %2 has %3 already. Allowed: a value no other %2 has.</source>
        <translation>%1：已有另一个%2取值为 %3。允许：其他%2都没有的值。</translation>
    </message>
</context>
<context>
    <name>EditSession</name>
    <message>
        <source>%1 of this %2 is now “%3”, not “%4”</source>
        <translation>此%2的%1现为“%3”，而非“%4”</translation>
    </message>
    <message>
        <source>%1: it was changed elsewhere since. Nothing was overwritten.</source>
        <translation>%1：此后已在别处被修改。未覆盖任何内容。</translation>
    </message>
    <message>
        <source>%1: they were changed elsewhere since. Nothing was overwritten.</source>
        <translation>%1：此后已在别处被修改。未覆盖任何内容。</translation>
    </message>
    <message>
        <source>%1 is open read-only, so it cannot be changed.</source>
        <translation>%1 以只读方式打开，无法修改。</translation>
    </message>
    <message>
        <source>%1 is open read-only (%2), so it cannot be changed.</source>
        <translation>%1 以只读方式打开（%2），无法修改。</translation>
    </message>
    <message>
        <source>The server %1 cannot be reached. Nothing was written; your change is kept, retry when it is back.</source>
        <translation>无法连接服务器 %1。未写入任何内容；你的更改已保留，请在服务器恢复后重试。</translation>
    </message>
    <message>
        <source>The dataset&apos;s rules refuse this change (%1).</source>
        <translation>数据集的规则拒绝了此更改（%1）。</translation>
    </message>
    <message>
        <source>The server %1 was busy with another editor&apos;s change. Nothing was written; your change is kept, retry it.</source>
        <translation>服务器 %1 正忙于另一位编辑者的更改。未写入任何内容；你的更改已保留，请重试。</translation>
    </message>
    <message>
        <source>The server %1 cannot be reached (%2). Nothing was written; your change is kept, retry when it is back.</source>
        <translation>无法连接服务器 %1（%2）。未写入任何内容；你的更改已保留，请在服务器恢复后重试。</translation>
    </message>
    <message>
        <source>The role %1 may not change %2 (%3).</source>
        <translation>角色 %1 无权修改 %2（%3）。</translation>
    </message>
    <message>
        <source>The change could not be written: %1</source>
        <translation>无法写入此更改：%1</translation>
    </message>
    <message>
        <source>The dataset file %1 is locked by %2. Nothing was written; your change is kept, retry when the other program has finished.</source>
        <translation>数据集文件 %1 被 %2 锁定。未写入任何内容；你的更改已保留，请在另一程序完成后重试。</translation>
    </message>
    <message>
        <source>another program</source>
        <translation>另一个程序</translation>
    </message>
    <message>
        <source>This %1 no longer exists (row %2); it was deleted since the change was made.</source>
        <translation>这个%1已不存在（第 %2 行）；它在这次修改之后已被删除。</translation>
    </message>
    <message>
        <source>A %1 with row number %2 exists again; it was added elsewhere since.</source>
        <translation>编号为 %2 的%1又出现了；它在此期间已在别处被添加。</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
</context>
<context>
    <name>EditWording</name>
    <message>
        <source>%1 %2 (and %3 more selected rows: Apply changes the edited fields in all of them)</source>
        <translation>%1 %2（另有 %3 行已选中：“应用”会修改其中每一行的已编辑字段）</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>add %1 %2</source>
        <translation>添加%1 %2</translation>
    </message>
    <message>
        <source>%1 fields</source>
        <translation>%1 个字段</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 行</translation>
    </message>
    <message>
        <source>set %1 of %2</source>
        <translation>设置 %2 的%1</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>……另有 %1 项</translation>
    </message>
    <message>
        <source>%1 %2 rows</source>
        <translation>%1 %2 行</translation>
    </message>
    <message>
        <source>%1 other rows refer to %2 and would be deleted with it:

%3

Delete them all? (Undo brings them back.)</source>
        <translation>另有 %1 行引用了 %2，会随它一起删除：

%3

全部删除吗？（撤销可以恢复。）</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>%1 of %2 %3</source>
        <translation>%2 %3 的%1</translation>
    </message>
    <message>
        <source>%1 was changed by another program since; redo refused, nothing was overwritten.</source>
        <translation>%1 在此之后已被另一个程序修改；重做被拒绝，没有覆盖任何内容。</translation>
    </message>
    <message>
        <source>%1 was changed by another program since; undo refused, nothing was overwritten.</source>
        <translation>%1 在此之后已被另一个程序修改；撤销被拒绝，没有覆盖任何内容。</translation>
    </message>
    <message>
        <source>%1 was changed by %2 at %3 since; redo refused, nothing was overwritten.</source>
        <translation>%1 在此之后已被 %2 于 %3 修改；重做被拒绝，没有覆盖任何内容。</translation>
    </message>
    <message>
        <source>%1 was changed by %2 at %3 since; undo refused, nothing was overwritten.</source>
        <translation>%1 在此之后已被 %2 于 %3 修改；撤销被拒绝，没有覆盖任何内容。</translation>
    </message>
    <message>
        <source>company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>government</source>
        <translation>政府</translation>
    </message>
    <message>
        <source>research</source>
        <translation>研究机构</translation>
    </message>
    <message>
        <source>community</source>
        <translation>社区</translation>
    </message>
    <message>
        <source>investor</source>
        <translation>投资方</translation>
    </message>
    <message>
        <source>other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>general</source>
        <translation>通用</translation>
    </message>
    <message>
        <source>industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>multimodal</source>
        <translation>多模态</translation>
    </message>
    <message>
        <source>code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>count</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>yuan</source>
        <translation>元</translation>
    </message>
    <message>
        <source>rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>CNY per USD</source>
        <translation>人民币/美元</translation>
    </message>
    <message>
        <source>percentage points</source>
        <translation>百分点</translation>
    </message>
    <message>
        <source>times</source>
        <translation>倍</translation>
    </message>
    <message>
        <source>fold</source>
        <translation>倍</translation>
    </message>
    <message>
        <source>top N</source>
        <translation>前 N 名</translation>
    </message>
    <message>
        <source>date</source>
        <translation>日期</translation>
    </message>
    <message numerus="yes">
        <source>%n entries: %1</source>
        <translation>
            <numerusform>%n 条记录：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>added row %1 to %2</source>
        <translation>在%2中新增第 %1 行</translation>
    </message>
    <message>
        <source>deleted row %1 of %2</source>
        <translation>删除%2第 %1 行</translation>
    </message>
    <message>
        <source>changed row %1 of %2</source>
        <translation>修改%2第 %1 行</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>; </source>
        <extracomment>Between the reasons of the fields a row&apos;s dataset inferred</extracomment>
        <translation>；</translation>
    </message>
</context>
<context>
    <name>EditionMarks</name>
    <message>
        <source>edition %1</source>
        <translation>版本 %1</translation>
    </message>
</context>
<context>
    <name>FieldValidator</name>
    <message>
        <source>text up to %1 characters</source>
        <translation>最多 %1 个字符的文本</translation>
    </message>
    <message>
        <source>a whole number, e.g. 12</source>
        <translation>整数，例如 12</translation>
    </message>
    <message>
        <source>a whole number of 0 or more, e.g. 12</source>
        <translation>大于等于 0 的整数，例如 12</translation>
    </message>
    <message>
        <source>a year from %1 to %2, e.g. 2024</source>
        <translation>%1 至 %2 之间的年份，例如 2024</translation>
    </message>
    <message>
        <source>a number from %1 to %2, e.g. 83.64</source>
        <translation>%1 至 %2 之间的数，例如 83.64</translation>
    </message>
    <message>
        <source>a number, e.g. 83.64</source>
        <translation>数字，例如 83.64</translation>
    </message>
    <message>
        <source>a percentage from 0 to 100, e.g. 52.2</source>
        <translation>0 至 100 之间的百分比，例如 52.2</translation>
    </message>
    <message>
        <source>a date as YYYY (year), YYYY-MM (month) or YYYY-MM-DD (day), e.g. 2024-04</source>
        <translation>日期，格式为 YYYY（年）、YYYY-MM（月）或 YYYY-MM-DD（日），例如 2024-04</translation>
    </message>
    <message>
        <source>one of: %1</source>
        <translation>以下之一：%1</translation>
    </message>
    <message>
        <source>an entry picked from the list</source>
        <translation>从列表中选择的条目</translation>
    </message>
    <message>
        <source>yes (1) or no (0)</source>
        <translation>是（1）或否（0）</translation>
    </message>
    <message>
        <source>%1: %2. Allowed: %3.</source>
        <translation>%1：%2。允许：%3。</translation>
    </message>
    <message>
        <source>it is required and cannot be left empty</source>
        <translation>此项必填，不能留空</translation>
    </message>
    <message>
        <source>%1 is not a whole number</source>
        <translation>%1 不是整数</translation>
    </message>
    <message>
        <source>%1 is negative</source>
        <translation>%1 为负数</translation>
    </message>
    <message>
        <source>%1 is not a year in range</source>
        <translation>%1 不在允许的年份范围内</translation>
    </message>
    <message>
        <source>%1 is neither 0 nor 1</source>
        <translation>%1 既不是 0 也不是 1</translation>
    </message>
    <message>
        <source>%1 is not an entry</source>
        <translation>%1 不是有效条目</translation>
    </message>
    <message>
        <source>%1 is not a number</source>
        <translation>%1 不是数字</translation>
    </message>
    <message>
        <source>%1 is not a finite number</source>
        <translation>%1 不是有限的数</translation>
    </message>
    <message>
        <source>%1 is outside 0 to 100</source>
        <translation>%1 超出 0 至 100 的范围</translation>
    </message>
    <message>
        <source>%1 is outside %2 to %3</source>
        <translation>%1 超出 %2 至 %3 的范围</translation>
    </message>
    <message>
        <source>the text has %1 characters</source>
        <translation>文本有 %1 个字符</translation>
    </message>
    <message>
        <source>the text contains a NUL character</source>
        <translation>文本包含 NUL 字符</translation>
    </message>
    <message>
        <source>%1 is not a valid date</source>
        <translation>%1 不是有效日期</translation>
    </message>
    <message>
        <source>%1 is not in the list</source>
        <translation>%1 不在列表中</translation>
    </message>
    <message>
        <source>an amount of 0 or more in the unit beside it, e.g. 25 × 100 million yuan (亿元) for 2.5 bn yuan</source>
        <translation>大于等于 0 的金额，单位在旁边选择，例如 25 亿元</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>not stated</source>
        <translation>未说明</translation>
    </message>
    <message>
        <source>up to %1</source>
        <translation>最高 %1</translation>
    </message>
    <message>
        <source>exact</source>
        <translation>确切</translation>
    </message>
    <message>
        <source>≈ approximately</source>
        <translation>≈ 约</translation>
    </message>
    <message>
        <source>&gt; more than</source>
        <translation>&gt; 超过</translation>
    </message>
    <message>
        <source>≥ at least</source>
        <translation>≥ 至少</translation>
    </message>
    <message>
        <source>≤ at most</source>
        <translation>≤ 至多</translation>
    </message>
    <message>
        <source>up to</source>
        <translation>最高</translation>
    </message>
    <message>
        <source>+ or more (N+)</source>
        <translation>+ 及以上（N+）</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>数据来源：%1</translation>
    </message>
    <message>
        <source>top %1</source>
        <extracomment>A rank bound, &quot;top 10&quot;</extracomment>
        <translation>前 %1</translation>
    </message>
    <message>
        <source>stated</source>
        <extracomment>Provenance status: the figure is written in the report</extracomment>
        <translation>报告所述</translation>
    </message>
    <message>
        <source>derived</source>
        <extracomment>Provenance status: computed by arithmetic from figures the report states</extracomment>
        <translation>推算</translation>
    </message>
    <message>
        <source>editor</source>
        <extracomment>Provenance status: entered or changed by an editor in TrendScope</extracomment>
        <translation>编辑者修改</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>Between the items of a list: &quot;A, B&quot; in English, &quot;A、B&quot; in Chinese.</extracomment>
        <translation>、</translation>
    </message>
    <message>
        <source>CNY per USD</source>
        <translation>人民币/美元</translation>
    </message>
    <message>
        <source>times</source>
        <translation>倍</translation>
    </message>
    <message>
        <source>percentage points</source>
        <translation>个百分点</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>A report and its edition: &quot;中国技术趋势, 2023–2024&quot;</extracomment>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A source line and its status in brackets: &quot;… · 融资 (stated)&quot;</extracomment>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>ImportRecordPlanner</name>
    <message>
        <source>%1 points at a table this dataset lacks.</source>
        <translation>%1指向本数据集没有的表。</translation>
    </message>
    <message>
        <source>%1: the file names the %2 without its %3.</source>
        <translation>%1：文件给出了%2，却没有给出它的%3。</translation>
    </message>
    <message>
        <source>%1: the dataset has no %2 “%3”. Check the name, or allow missing rows to be made (--create-missing).</source>
        <translation>%1：数据集中没有%2“%3”。请检查名称，或允许新建缺少的行（--create-missing）。</translation>
    </message>
    <message>
        <source>%1: the dataset has no %2 “%3”, and a %2 is made only from its fields (%4).</source>
        <translation>%1：数据集中没有%2“%3”，而新建%2需要给出它的各字段（%4）。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>%1: to make the %2 “%3” the file must give its %4.</source>
        <translation>%1：要新建%2“%3”，文件必须给出它的%4。</translation>
    </message>
    <message>
        <source>%1: it is required and the row leaves it empty.</source>
        <translation>%1：此项必填，但该行为空。</translation>
    </message>
    <message>
        <source>The same %1 as line %2 (%3): a fact is imported once.</source>
        <translation>与第 %2 行是同一%1（%3）：同一事实只导入一次。</translation>
    </message>
    <message>
        <source>%1 is already in edition “%2” (row %3), and the dataset holds it once: import it into that edition.</source>
        <translation>%1 已在版本“%2”中（第 %3 行），数据集只保存一次：请导入到该版本。</translation>
    </message>
</context>
<context>
    <name>TrendScope</name>
    <message>
        <source>%1 of %2 (%3) × %4%</source>
        <translation>%1 占 %2（%3）× %4%</translation>
    </message>
    <message>
        <source>Shares of %1, %2</source>
        <translation>%1占比，%2</translation>
    </message>
    <message>
        <source>amount_yuan of %1 / amount_yuan of %2 × 100</source>
        <translation>%1 的 amount_yuan / %2 的 amount_yuan × 100</translation>
    </message>
    <message>
        <source>Other (remainder, derived)</source>
        <translation>其他（余量，推算）</translation>
    </message>
    <message>
        <source>100 − (%1) = %2% of %3; not broken down in the report</source>
        <translation>100 − (%1) = %3 的 %2%；报告未细分</translation>
    </message>
    <message>
        <source>%1 × %2%</source>
        <translation>%1 × %2%</translation>
    </message>
    <message>
        <source>%1, by %2</source>
        <translation>%1，按%2</translation>
    </message>
    <message>
        <source>direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>round</source>
        <translation>轮次</translation>
    </message>
    <message>
        <source>the sum of amount_yuan over the table (%1)</source>
        <translation>全表 amount_yuan 之和（%1）</translation>
    </message>
    <message>
        <source>sum of amount_yuan where %1 = %2 (%3 companies), over %4</source>
        <translation>%1 = %2 的 amount_yuan 之和（%3 家公司），除以 %4</translation>
    </message>
    <message>
        <source>amount_yuan of %1 / %2</source>
        <translation>%1 的 amount_yuan / %2</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>未说明</translation>
    </message>
    <message>
        <source>organization %1</source>
        <translation>机构 %1</translation>
    </message>
    <message>
        <source>source %1</source>
        <translation>来源 %1</translation>
    </message>
    <message>
        <source>year %1</source>
        <translation>%1年</translation>
    </message>
    <message>
        <source>years %1–%2</source>
        <translation>%1–%2年</translation>
    </message>
    <message>
        <source>search “%1”</source>
        <translation>搜索“%1”</translation>
    </message>
    <message>
        <source>All rows, no filters</source>
        <translation>全部数据，无筛选</translation>
    </message>
    <message>
        <source>Filtered: %1</source>
        <translation>筛选：%1</translation>
    </message>
    <message>
        <source>new</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>gone</source>
        <translation>移除</translation>
    </message>
</context>
<context>
    <name>TrendScope::AtomicFile</name>
    <message>
        <source>no space left on the device</source>
        <translation>设备上没有剩余空间</translation>
    </message>
    <message>
        <source>the disk quota is used up</source>
        <translation>磁盘配额已用完</translation>
    </message>
    <message>
        <source>the file is too large for this system&apos;s limit</source>
        <translation>文件超出了本系统的大小上限</translation>
    </message>
    <message>
        <source>the file system is read-only</source>
        <translation>文件系统为只读</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>权限不足</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Cannot write to standard output: %1</source>
        <translation>无法写入标准输出：%1</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>它是文件夹</translation>
    </message>
    <message>
        <source>it is a device or socket, not a file</source>
        <translation>它是设备或套接字，不是文件</translation>
    </message>
</context>
<context>
    <name>TrendScope::BatchExporter</name>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
</context>
<context>
    <name>TrendScope::ChangesChart</name>
    <message>
        <source>Facts</source>
        <translation>事实数</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>变化一览</translation>
    </message>
    <message>
        <source>changes</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>In this file %1</source>
        <translation>本文件中 %1</translation>
    </message>
    <message>
        <source>not compared (rows in one edition only): %1</source>
        <translation>未对比（仅一个版本有数据）：%1</translation>
    </message>
    <message>
        <source>choose two editions in the filter bar to compare them</source>
        <translation>请在筛选栏中选择两个版本进行对比</translation>
    </message>
</context>
<context>
    <name>TrendScope::ChangesModel</name>
    <message>
        <source>%1 (derived)</source>
        <translation>%1（推算）</translation>
    </message>
    <message>
        <source>added</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>new</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>not new</source>
        <translation>非新增</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>表</translation>
    </message>
    <message>
        <source>About</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>之前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>之后</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Before (edition %1):</source>
        <translation>之前（版本 %1）：</translation>
    </message>
    <message>
        <source>After (edition %1):</source>
        <translation>之后（版本 %1）：</translation>
    </message>
</context>
<context>
    <name>TrendScope::ChangesView</name>
    <message>
        <source>&amp;Show:</source>
        <translation>显示(&amp;S)：</translation>
    </message>
    <message>
        <source>Between the two editions the filter bar compares, or what was changed in this file from one of its changes on (edits, undos, imports)</source>
        <translation>筛选栏所对比的两个版本之间的变化，或本文件自某次更改以来的变化（编辑、撤销、导入）</translation>
    </message>
    <message>
        <source>Facts matched by what they are about (a model on a benchmark, a company, a technology); hover a row for both sides&apos; sources.</source>
        <translation>按所述对象匹配事实（某个模型在某个评测上、某家公司、某项技术）；鼠标悬停在一行上可查看双方的数据来源。</translation>
    </message>
    <message>
        <source>Between the editions compared</source>
        <translation>所对比的两个版本之间</translation>
    </message>
    <message>
        <source>From change %1 on (%2, %3)</source>
        <translation>自第 %1 次更改起（%2，%3）</translation>
    </message>
    <message>
        <source>no name</source>
        <translation>无名</translation>
    </message>
</context>
<context>
    <name>TrendScope::ChartExporter</name>
    <message>
        <source>Slide 16:9 (1920×1080)</source>
        <translation>幻灯片 16:9（1920×1080）</translation>
    </message>
    <message>
        <source>Slide 4:3 (1600×1200)</source>
        <translation>幻灯片 4:3（1600×1200）</translation>
    </message>
    <message>
        <source>Square (1080×1080)</source>
        <translation>正方形（1080×1080）</translation>
    </message>
    <message>
        <source>A4 landscape (1754×1240, 150 dpi)</source>
        <translation>A4 横向（1754×1240，150 dpi）</translation>
    </message>
    <message>
        <source>Half slide (960×540)</source>
        <translation>半张幻灯片（960×540）</translation>
    </message>
    <message>
        <source>size %1x%2 is outside %3 to %4 pixels a side</source>
        <translation>尺寸 %1x%2 超出每边 %3 到 %4 像素的范围</translation>
    </message>
    <message>
        <source>scale %1 is outside 1 to %2</source>
        <translation>缩放倍数 %1 超出 1 到 %2 的范围</translation>
    </message>
    <message>
        <source>size × scale exceeds %1 pixels a side</source>
        <translation>尺寸 × 缩放倍数超过每边 %1 像素</translation>
    </message>
    <message>
        <source>unknown theme &quot;%1&quot;</source>
        <translation>未知主题“%1”</translation>
    </message>
    <message>
        <source>rendering the chart failed</source>
        <translation>图表渲染失败</translation>
    </message>
    <message>
        <source>Exported by TrendScope</source>
        <translation>由 TrendScope 导出</translation>
    </message>
</context>
<context>
    <name>TrendScope::ChartFrame</name>
    <message>
        <source>the first %1 of %2 rows, in the table&apos;s order</source>
        <translation>按表格顺序的前 %1 行（共 %2 行）</translation>
    </message>
</context>
<context>
    <name>TrendScope::Cli</name>
    <message>
        <source>screenshot --out FILE.png [--view VIEW] [--size WxH] [--year Y] [--filter KEY=VALUE]...</source>
        <translation>screenshot --out FILE.png [--view VIEW] [--size WxH] [--year Y] [--filter KEY=VALUE]...</translation>
    </message>
    <message>
        <source>check [--db FILE]                             validate a dataset file</source>
        <translation>check [--db FILE]                             检查数据集文件</translation>
    </message>
    <message>
        <source>editions [--db FILE]                          list the editions of each source</source>
        <translation>editions [--db FILE]                          列出每个来源的各个版本</translation>
    </message>
    <message>
        <source>diff --from EDITION --to EDITION [--format text|csv|json] [--out FILE] [--bom]
diff --since CHANGE [--until CHANGE] [same options]</source>
        <translation>diff --from EDITION --to EDITION [--format text|csv|json] [--out FILE] [--bom]
diff --since CHANGE [--until CHANGE] [选项同上]</translation>
    </message>
    <message>
        <source>saved-views [--db FILE]                       list the views saved in the dataset</source>
        <translation>saved-views [--db FILE]                       列出数据集中保存的视图</translation>
    </message>
    <message>
        <source>history [--db FILE]                           list the changes in the audit trail</source>
        <translation>history [--db FILE]                           列出审计记录中的更改</translation>
    </message>
    <message>
        <source>import FILE --table NAME (--edition EDITION | --new-edition LABEL --source ID)
           [--map HEADER=FIELD]... [--section TEXT] [--create-missing]
           [--skip-invalid] [--dry-run]</source>
        <translation>import FILE --table NAME (--edition EDITION | --new-edition LABEL --source ID)
           [--map HEADER=FIELD]... [--section TEXT] [--create-missing]
           [--skip-invalid] [--dry-run]</translation>
    </message>
    <message>
        <source>publish --from FILE --to URI [--replace]      copy a dataset file to PostgreSQL</source>
        <translation>publish --from FILE --to URI [--replace]      将数据集文件复制到 PostgreSQL</translation>
    </message>
    <message>
        <source>pull --from URI --to FILE                     copy a PostgreSQL dataset to a new file</source>
        <translation>pull --from URI --to FILE                     将 PostgreSQL 上的数据集复制为新文件</translation>
    </message>
    <message>
        <source>--lang takes %1, not %2</source>
        <translation>--lang 只接受 %1，而不是 %2</translation>
    </message>
    <message>
        <source> or </source>
        <translation> 或 </translation>
    </message>
    <message>
        <source>trendscope [--db FILE]                                   open the GUI</source>
        <translation>trendscope [--db FILE]                                   打开图形界面</translation>
    </message>
    <message>
        <source>Usage:</source>
        <translation>用法：</translation>
    </message>
    <message>
        <source>no command after &quot;--&quot; (see trendscope --help)</source>
        <translation>“--”之后没有命令（见 trendscope --help）</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>没有给出命令</translation>
    </message>
    <message>
        <source>unknown command %1 (see trendscope --help)</source>
        <translation>未知命令 %1（见 trendscope --help）</translation>
    </message>
    <message>
        <source>--%1 takes no value</source>
        <translation>--%1 不接受值</translation>
    </message>
    <message>
        <source>--%1 needs a value</source>
        <translation>--%1 需要一个值</translation>
    </message>
    <message>
        <source>--%1 given twice</source>
        <translation>--%1 给出了两次</translation>
    </message>
    <message>
        <source>unknown option --%1 (see trendscope --help)</source>
        <translation>未知选项 --%1（见 trendscope --help）</translation>
    </message>
    <message>
        <source>unexpected argument %1</source>
        <translation>多余的参数 %1</translation>
    </message>
    <message>
        <source>--year needs a year of four digits such as 2023, not %1</source>
        <translation>--year 需要四位数字的年份，例如 2023，而不是 %1</translation>
    </message>
    <message>
        <source>--year %1 is outside %2 to %3</source>
        <translation>--year %1 不在 %2 到 %3 之间</translation>
    </message>
    <message>
        <source>--filter needs KEY=VALUE, e.g. organization=百度</source>
        <translation>--filter 需要 KEY=VALUE，例如 organization=百度</translation>
    </message>
    <message>
        <source>--filter %1 is %2 characters long; at most %3 are allowed</source>
        <translation>--filter %1 长 %2 个字符；最多允许 %3 个</translation>
    </message>
    <message>
        <source>unknown filter %1 (organization, search or source)</source>
        <translation>未知筛选键 %1（可用 organization、search 或 source）</translation>
    </message>
    <message>
        <source>refusing to overwrite the open dataset: %1 is the dataset file or its journal (-wal, -shm, -journal); choose another file</source>
        <translation>拒绝覆盖打开的数据集：%1 是数据集文件或其日志文件（-wal、-shm、-journal）；请选择其他文件</translation>
    </message>
    <message>
        <source>--%1 %2 %3. Editions: %4 (trendscope editions lists them)</source>
        <translation>--%1 %2 %3。版本：%4（trendscope editions 可列出）</translation>
    </message>
    <message>
        <source>names several editions; give its id</source>
        <translation>对应多个版本；请给出版本编号</translation>
    </message>
    <message>
        <source>is not an edition</source>
        <translation>不是一个版本</translation>
    </message>
    <message>
        <source>--compare needs two editions as A:B, e.g. --compare 2:4 (trendscope editions lists them), not %1</source>
        <translation>--compare 需要 A:B 形式的两个版本，例如 --compare 2:4（trendscope editions 可列出），而不是 %1</translation>
    </message>
    <message>
        <source>--compare needs two different editions</source>
        <translation>--compare 需要两个不同的版本</translation>
    </message>
    <message>
        <source>warning: saved view %1 compares editions %2 and %3, which the dataset no longer has both of; compare is off</source>
        <translation>警告：保存的视图 %1 对比版本 %2 和 %3，但数据集已不再同时包含这两个版本；已关闭对比</translation>
    </message>
    <message>
        <source>--saved needs the name of a saved view (trendscope saved-views lists them)</source>
        <translation>--saved 需要一个保存视图的名称（trendscope saved-views 可列出）</translation>
    </message>
    <message>
        <source>%1 (trendscope saved-views lists them)</source>
        <translation>%1（trendscope saved-views 可列出）</translation>
    </message>
    <message>
        <source>saved view %1 shows the view %2, which this build does not have (one of: %3)</source>
        <translation>保存的视图 %1 显示视图 %2，但此版本的程序没有该视图（可用：%3）</translation>
    </message>
    <message>
        <source>reading the dataset failed: %1</source>
        <translation>读取数据集失败：%1</translation>
    </message>
    <message>
        <source>--size needs WIDTHxHEIGHT, e.g. 1920x1080</source>
        <translation>--size 需要 宽x高，例如 1920x1080</translation>
    </message>
    <message>
        <source>--scale needs a whole number from 1 to %1</source>
        <translation>--scale 需要 1 到 %1 之间的整数</translation>
    </message>
    <message>
        <source>--theme needs one of %1</source>
        <translation>--theme 需要以下之一：%1</translation>
    </message>
    <message>
        <source>%1 %2 (edition %3)</source>
        <translation>%1 %2（版本 %3）</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>未说明</translation>
    </message>
    <message>
        <source>added  </source>
        <translation>新增</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>What changed %1: %2 change(s)
</source>
        <translation>%1的变化：共 %2 处更改
</translation>
    </message>
    <message>
        <source> (derived)</source>
        <translation>（推算）</translation>
    </message>
    <message>
        <source>not compared (rows in one edition only): %1
</source>
        <translation>未对比（仅一个版本有数据）：%1
</translation>
    </message>
    <message>
        <source>reading the saved views failed: %1</source>
        <translation>读取保存的视图失败：%1</translation>
    </message>
    <message>
        <source>diff --since and --until take change numbers (see history), the first not after the second</source>
        <translation>diff --since 和 --until 接受更改编号（见 history），前者不得晚于后者</translation>
    </message>
    <message>
        <source>diff: %1</source>
        <translation>diff：%1</translation>
    </message>
    <message>
        <source>in this file after change %1</source>
        <translation>本文件中更改 %1 之后</translation>
    </message>
    <message>
        <source>in this file after change %1 up to %2</source>
        <translation>本文件中更改 %1 之后至更改 %2 </translation>
    </message>
    <message>
        <source>diff compares two editions (--from, --to) or two points of the file&apos;s history (--since, --until), not both</source>
        <translation>diff 对比两个版本（--from、--to）或文件历史中的两个时间点（--since、--until），不能同时使用</translation>
    </message>
    <message>
        <source>diff needs --from EDITION --to EDITION, or --since CHANGE</source>
        <translation>diff 需要 --from EDITION --to EDITION，或 --since CHANGE</translation>
    </message>
    <message>
        <source>diff --format is text, csv or json, not %1</source>
        <translation>diff --format 只能是 text、csv 或 json，而不是 %1</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>从 %1 到 %2 </translation>
    </message>
    <message>
        <source>history: %1</source>
        <translation>history：%1</translation>
    </message>
    <message>
        <source>no changes: the file&apos;s audit trail is empty
</source>
        <translation>没有更改：文件的审计记录为空
</translation>
    </message>
    <message>
        <source>%1: %2 %3, %4 row(s) into %5, edition “%6”
</source>
        <translation>%1：%2 %3，%4 行导入 %5，版本“%6”
</translation>
    </message>
    <message>
        <source>  column %1 → %2
</source>
        <translation>  列 %1 → %2
</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>（不导入）</translation>
    </message>
    <message>
        <source>line %1: makes %2 “%3”
</source>
        <translation>第 %1 行：新建%2“%3”
</translation>
    </message>
    <message>
        <source>line %1: %2  %3</source>
        <translation>第 %1 行：%2  %3</translation>
    </message>
    <message>
        <source>import needs FILE --table NAME and --edition EDITION (or --new-edition LABEL --source ID)</source>
        <translation>import 需要 FILE --table NAME 和 --edition EDITION（或 --new-edition LABEL --source ID）</translation>
    </message>
    <message>
        <source>--source takes a source&apos;s id (a number), not %1</source>
        <translation>--source 需要来源的编号（一个数字），而不是 %1</translation>
    </message>
    <message>
        <source>import: %1</source>
        <translation>import：%1</translation>
    </message>
    <message>
        <source>import: %1 is not a table rows can be imported into; these are: %2</source>
        <translation>import：%1 不是可以导入数据的表；可导入的表有：%2</translation>
    </message>
    <message>
        <source>--map takes HEADER=FIELD (an empty FIELD leaves the column out), not %1</source>
        <translation>--map 需要 HEADER=FIELD（FIELD 为空表示不导入该列），而不是 %1</translation>
    </message>
    <message>
        <source>import: nothing was written: %1 row(s) refused (listed above); fix them, or import the rest with --skip-invalid</source>
        <translation>import：未写入任何内容：%1 行被拒绝（见上方列表）；请修正它们，或用 --skip-invalid 导入其余的行</translation>
    </message>
    <message>
        <source>nothing to write: the edition already holds every row of the file
</source>
        <translation>无需写入：该版本已包含文件中的每一行
</translation>
    </message>
    <message>
        <source>import: nothing was written: %1</source>
        <translation>import：未写入任何内容：%1</translation>
    </message>
    <message>
        <source>imported: %1 (%2 change_log entries, one undo step in the data editor&apos;s history)
</source>
        <translation>已导入：%1（%2 条 change_log 记录，在数据编辑器的历史中为一步撤销）
</translation>
    </message>
    <message>
        <source>--%1: %2</source>
        <translation>--%1：%2</translation>
    </message>
    <message>
        <source>publish needs --from FILE --to postgresql://… (see trendscope --help)</source>
        <translation>publish 需要 --from FILE --to postgresql://…（见 trendscope --help）</translation>
    </message>
    <message>
        <source>published %1 to %2: %3 rows in %4 tables
</source>
        <translation>已将 %1 发布到 %2：%4 个表中的 %3 行
</translation>
    </message>
    <message>
        <source>pull needs --from postgresql://… --to FILE (see trendscope --help)</source>
        <translation>pull 需要 --from postgresql://… --to FILE（见 trendscope --help）</translation>
    </message>
    <message>
        <source>pulled %1 into %2: %3 rows in %4 tables
</source>
        <translation>已将 %1 拉取到 %2：%4 个表中的 %3 行
</translation>
    </message>
    <message>
        <source>warning: %1: %2 (written anyway)</source>
        <translation>警告：%1：%2（仍已写出）</translation>
    </message>
    <message>
        <source>export-chart --saved NAME takes no VIEW and no --all: the saved view names its view</source>
        <translation>export-chart --saved NAME 不接受 VIEW 或 --all：保存的视图已指定其视图</translation>
    </message>
    <message>
        <source>export-chart --saved NAME needs --out FILE</source>
        <translation>export-chart --saved NAME 需要 --out FILE</translation>
    </message>
    <message>
        <source>export-chart --saved takes one name; export-report --saved takes several</source>
        <translation>export-chart --saved 只接受一个名称；export-report --saved 可接受多个</translation>
    </message>
    <message>
        <source>export-chart needs --format png, svg or pdf</source>
        <translation>export-chart 需要 --format png、svg 或 pdf</translation>
    </message>
    <message>
        <source>export-chart needs a view (%1) or --all</source>
        <translation>export-chart 需要一个视图（%1）或 --all</translation>
    </message>
    <message>
        <source>export-chart: no view named &quot;%1&quot; (one of: %2)</source>
        <translation>export-chart：没有名为“%1”的视图（可用：%2）</translation>
    </message>
    <message>
        <source>export-chart --all needs --format png, svg, pdf or a list such as png,svg,pdf</source>
        <translation>export-chart --all 需要 --format png、svg、pdf，或如 png,svg,pdf 的列表</translation>
    </message>
    <message>
        <source>export-chart --all needs --out-dir DIR</source>
        <translation>export-chart --all 需要 --out-dir DIR</translation>
    </message>
    <message>
        <source>export-chart needs --out FILE</source>
        <translation>export-chart 需要 --out FILE</translation>
    </message>
    <message>
        <source>%1 of %2 files failed: %3</source>
        <translation>%2 个文件中有 %1 个失败：%3</translation>
    </message>
    <message>
        <source>export-report needs --out FILE.pdf</source>
        <translation>export-report 需要 --out FILE.pdf</translation>
    </message>
    <message>
        <source>each page as saved (%1)</source>
        <translation>每页按保存的设置（%1）</translation>
    </message>
    <message>
        <source>export-data needs --format csv or --format json</source>
        <translation>export-data 需要 --format csv 或 --format json</translation>
    </message>
    <message>
        <source>export-data --view needs one view (%1) and no table names</source>
        <translation>export-data --view 需要一个视图（%1），且不能同时给出表名</translation>
    </message>
    <message>
        <source>--filter and --year narrow a view&apos;s rows: add --view VIEW</source>
        <translation>--filter 和 --year 用于筛选视图的行：请加上 --view VIEW</translation>
    </message>
    <message>
        <source>export-data needs either --all, table names or --view VIEW</source>
        <translation>export-data 需要 --all、表名或 --view VIEW 之一</translation>
    </message>
    <message>
        <source>give --out or --out-dir, not both</source>
        <translation>请给出 --out 或 --out-dir，不能同时给出</translation>
    </message>
    <message>
        <source>CSV holds one table: name one, or use --out-dir DIR for several</source>
        <translation>CSV 只能容纳一个表：请只指定一个，或用 --out-dir DIR 导出多个</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
    <message>
        <source>screenshot needs --out FILE.png</source>
        <translation>screenshot 需要 --out FILE.png</translation>
    </message>
    <message>
        <source>unknown view %1: %2</source>
        <translation>未知视图 %1：%2</translation>
    </message>
    <message>
        <source>--size needs WIDTHxHEIGHT from 320x240 to 7680x4320</source>
        <translation>--size 需要 宽x高，范围从 320x240 到 7680x4320</translation>
    </message>
    <message>
        <source>%1: ok (schema version %2)%3
</source>
        <translation>%1：正常（架构版本 %2）%3
</translation>
    </message>
    <message>
        <source>, %1 warning(s)</source>
        <translation>，%1 条警告</translation>
    </message>
    <message>
        <source>%1: %2 problem(s) found</source>
        <translation>%1：发现 %2 个问题</translation>
    </message>
    <message>
        <source>checking %1: step %2 of %3</source>
        <translation>正在检查 %1：第 %2 步，共 %3 步</translation>
    </message>
    <message>
        <source>export-data (--all | NAME...) --format csv|json [--out FILE | --out-dir DIR] [--bom]
           [--headers sql|readable]
export-data --view VIEW --format csv|json [--out FILE] [--year Y] [--filter KEY=VALUE]...</source>
        <translation>export-data (--all | NAME...) --format csv|json [--out FILE | --out-dir DIR] [--bom]
           [--headers sql|readable]
export-data --view VIEW --format csv|json [--out FILE] [--year Y] [--filter KEY=VALUE]...</translation>
    </message>
    <message>
        <source>--headers is sql or readable, not %1</source>
        <translation>--headers 只能是 sql 或 readable，而不是 %1</translation>
    </message>
    <message>
        <source>--headers names a table&apos;s columns; --view writes the view&apos;s own headings</source>
        <translation>--headers 用于表的列名；--view 写出的是视图自己的列标题</translation>
    </message>
    <message>
        <source>export-chart VIEW --format png|svg|pdf --out FILE
           [--size WxH] [--scale N] [--theme light|dark|print] [--transparent]
           [--no-title] [--no-subtitle] [--no-source] [--year Y] [--filter KEY=VALUE]...
           [--compare EDITION:EDITION] [--names report|english]
export-chart --all --format png,svg,pdf --out-dir DIR [same options]
export-chart --saved NAME --out FILE [same options, each replacing the saved one]</source>
        <translation>export-chart VIEW --format png|svg|pdf --out FILE
           [--size WxH] [--scale N] [--theme light|dark|print] [--transparent]
           [--no-title] [--no-subtitle] [--no-source] [--year Y] [--filter KEY=VALUE]...
           [--compare EDITION:EDITION] [--names report|english]
export-chart --all --format png,svg,pdf --out-dir DIR [选项同上]
export-chart --saved NAME --out FILE [选项同上，各自替换保存的设置]</translation>
    </message>
    <message>
        <source>export-report --out FILE.pdf [--theme T] [--year Y] [--filter KEY=VALUE]...
              [--names report|english]
export-report --saved NAME,NAME... --out FILE.pdf [--theme T]</source>
        <translation>export-report --out FILE.pdf [--theme T] [--year Y] [--filter KEY=VALUE]...
              [--names report|english]
export-report --saved NAME,NAME... --out FILE.pdf [--theme T]</translation>
    </message>
    <message>
        <source>Every command takes --db FILE or --db postgresql://... (a shared dataset);
without it, your own copy of the dataset is used.
Every command takes --lang zh_CN|en for its texts (charts, reports, messages);
without it, LANGUAGE, LC_ALL, LC_MESSAGES or LANG decides.
VIEW: %1
EDITION: an edition&apos;s id, or its label when only one edition has it (see editions);
import reads CSV, TSV or JSON (UTF-8, UTF-16 or GB18030), previews every row and
writes all of them in one change, or none: exit 2 lists each refused row&apos;s line.
--compare A:B puts edition A beside B in every view (export-chart, export-report,
screenshot, export-data --view).
--saved NAME: a view saved in the dataset (File &gt; Save View...), with its filters,
focus, editions compared and export settings; export-report --saved A,B has one page
per saved view.
--names english shows an entity&apos;s English name first in charts and reports, where
the dataset has one; report, the default, the name the report writes.
--headers readable names a table&apos;s columns as the data editor does, in the language
of --lang; sql, the default, keeps the names scripts read.
Filter keys: organization, search, source. A PNG has (W x scale) x (H x scale) pixels.
--out - writes to standard output; a device or pipe (/dev/null, a FIFO) is written to
directly. No command writes onto the dataset or its -wal, -shm, -journal files.
URI: a PostgreSQL connection URI as libpq writes them, e.g.
postgresql://editor@host/trends or postgresql:///trends?host=/run/postgresql;
the password comes from ~/.pgpass (or PGPASSFILE), never from TrendScope&apos;s settings.
Exit codes: 0 ok, 1 usage or file error, 2 invalid data.
</source>
        <translation>每个命令都接受 --db FILE 或 --db postgresql://...（共享数据集）；
不给时使用你自己的数据集副本。
每个命令都接受 --lang zh_CN|en，决定其文字（图表、报告、消息）的语言；
不指定时由 LANGUAGE、LC_ALL、LC_MESSAGES 或 LANG 决定。
VIEW：%1
EDITION：版本的编号，或只有一个版本使用该标签时的标签（见 editions）；
import 读取 CSV、TSV 或 JSON（UTF-8、UTF-16 或 GB18030），预览每一行，
然后在一次更改中全部写入，或者一行也不写：退出码 2 时列出每个被拒绝行的行号。
--compare A:B 在每个视图中将版本 A 与 B 对照显示（export-chart、export-report、
screenshot、export-data --view）。
--saved NAME：数据集中保存的视图（文件 &gt; 保存视图...），包括其筛选、
焦点、对比的版本和导出设置；export-report --saved A,B 为每个保存的视图输出一页。
--names english 在图表和报告中先写实体的英文名（数据集有英文名时）；
默认的 report 先写报告所写的名称。
--headers readable 按数据编辑器的叫法、以 --lang 的语言为表的列命名；
默认的 sql 保留脚本读取的列名。
筛选键：organization、search、source。PNG 的像素为 (W x scale) x (H x scale)。
--out - 写到标准输出；设备或管道（/dev/null、FIFO）直接写入。
任何命令都不会写入数据集文件或其 -wal、-shm、-journal 文件。
URI：libpq 格式的 PostgreSQL 连接 URI，例如
postgresql://editor@host/trends 或 postgresql:///trends?host=/run/postgresql；
密码来自 ~/.pgpass（或 PGPASSFILE），从不来自 TrendScope 的设置。
退出码：0 成功，1 用法或文件错误，2 数据无效。
</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a refused line of the import preview, and why</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>--names is report or english, not %1</source>
        <translation>--names 只能是 report 或 english，不能是 %1</translation>
    </message>
    <message>
        <source>covers %1–%2</source>
        <extracomment>After an edition&apos;s title in `trendscope editions`: the years it covers</extracomment>
        <translation>涵盖 %1–%2</translation>
    </message>
    <message>
        <source>(title not stated)</source>
        <translation>（标题未说明）</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>（无名）</translation>
    </message>
</context>
<context>
    <name>TrendScope::ConflictDialog</name>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>Changed Elsewhere</source>
        <translation>已在别处修改</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 was changed by %2 at %3 since you loaded it.</source>
        <translation>你载入 %1 之后，%2 于 %3 修改了它。</translation>
    </message>
    <message>
        <source>%1 was changed by another program since you loaded it.</source>
        <translation>你载入 %1 之后，另一个程序修改了它。</translation>
    </message>
    <message>
        <source>Nothing was overwritten. Choose which values to keep: yours (mine), the values there now (theirs), or for each field.</source>
        <translation>没有覆盖任何内容。请选择保留哪些值：你的（我的）、现在文件中的（对方的），或逐个字段选择。</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>原值</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>对方的</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>我的</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>Changed by %1 at %2</source>
        <translation>由 %1 于 %2 修改</translation>
    </message>
    <message>
        <source>Keep for %1</source>
        <translation>%1 保留哪个值</translation>
    </message>
    <message>
        <source>&amp;Keep Mine</source>
        <translation>保留我的(&amp;K)</translation>
    </message>
    <message>
        <source>Write your values over theirs</source>
        <translation>用你的值覆盖对方的值</translation>
    </message>
    <message>
        <source>&amp;Take Theirs</source>
        <translation>采用对方的(&amp;T)</translation>
    </message>
    <message>
        <source>Keep their values and drop yours of these fields</source>
        <translation>保留对方的值，放弃你对这些字段的修改</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>合并(&amp;M)</translation>
    </message>
    <message>
        <source>Write the value chosen under Keep for each field</source>
        <translation>按“保留”列为每个字段选择的值写入</translation>
    </message>
    <message>
        <source>Write nothing; your values stay in the form</source>
        <translation>不写入任何内容；你的值仍留在表单中</translation>
    </message>
</context>
<context>
    <name>TrendScope::CurveLabels</name>
    <message numerus="yes">
        <source>+%n label(s) without room: hover the points</source>
        <translation>
            <numerusform>另有 %n 个标签放不下：请将鼠标悬停在点上</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrendScope::DataEditor</name>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>复制一行(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>New &amp;Snapshot…</source>
        <translation>新建快照(&amp;S)…</translation>
    </message>
    <message>
        <source>Copy the selected row&apos;s snapshot (a leaderboard with its entries, a curve year, a funding list) to a new date or year</source>
        <translation>将所选行所在的快照（一个榜单及其条目、一年的曲线、一份融资清单）复制到新的日期或年份</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>表单</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史</translation>
    </message>
    <message>
        <source>Table:</source>
        <translation>表：</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>No dataset is open.</source>
        <translation>没有打开的数据集。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>New %1 (not yet written: fill in the fields and press Add Row)</source>
        <translation>新建%1（尚未写入：填好字段后按“添加行”）</translation>
    </message>
    <message>
        <source>Copy of %1 %2 (not yet written: change what differs and press Add Row)</source>
        <translation>%1 %2 的副本（尚未写入：修改不同之处后按“添加行”）</translation>
    </message>
    <message>
        <source>New Snapshot</source>
        <translation>新建快照</translation>
    </message>
    <message>
        <source>Copy %1 %2 to a new %3 (%4):</source>
        <translation>将%1 %2 复制到新的%3（%4）：</translation>
    </message>
    <message>
        <source>The kept change was written.</source>
        <translation>保留的更改已写入。</translation>
    </message>
    <message>
        <source>Nothing was written: %1 changed elsewhere since the form loaded it; your values are still in the form.</source>
        <translation>没有写入任何内容：表单载入后，%1 已在别处被修改；你的值仍留在表单中。</translation>
    </message>
    <message>
        <source>Kept the values changed elsewhere.</source>
        <translation>已保留在别处修改的值。</translation>
    </message>
</context>
<context>
    <name>TrendScope::DatabaseError</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>another program is writing to it and holds a lock (%1); try again when it has finished</source>
        <translation>另一个程序正在写入该文件并持有锁（%1）；请等它完成后再试</translation>
    </message>
    <message>
        <source>the file is damaged (%1)</source>
        <translation>文件已损坏（%1）</translation>
    </message>
    <message>
        <source>SQLite cannot read it (%1)</source>
        <translation>SQLite 无法读取该文件（%1）</translation>
    </message>
    <message>
        <source>; and %1 more</source>
        <translation>；另有 %1 处</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <source>it is a folder, not a dataset file</source>
        <translation>这是一个文件夹，不是数据集文件</translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation>这不是普通文件</translation>
    </message>
    <message>
        <source>the file cannot be read (%1)</source>
        <translation>无法读取文件（%1）</translation>
    </message>
    <message>
        <source>the file is empty (0 bytes)</source>
        <translation>文件为空（0 字节）</translation>
    </message>
    <message>
        <source>it is not an SQLite database (wrong file header)</source>
        <translation>这不是 SQLite 数据库（文件头不符）</translation>
    </message>
    <message>
        <source>its journal %1 holds changes not yet written into it, and they cannot be read in a read-only folder; open it once from a folder you can write to</source>
        <translation>其日志文件 %1 中有尚未写入文件的更改，在只读文件夹中无法读取；请先在可写的文件夹中打开一次</translation>
    </message>
    <message>
        <source>the journal %1 beside it does not belong to it or is damaged (read with it: %2); the file itself is intact: move %1 away to open it as last saved</source>
        <translation>旁边的日志文件 %1 不属于该文件或已损坏（连同日志读取时：%2）；文件本身完好：把 %1 移走即可打开上次保存的内容</translation>
    </message>
    <message>
        <source>the connection could not be secured</source>
        <translation>无法对数据库连接进行安全加固</translation>
    </message>
    <message>
        <source>checking it took longer than %1 s; stopped</source>
        <translation>检查耗时超过 %1 秒，已停止</translation>
    </message>
    <message>
        <source>it is an SQLite database of another application, not a TrendScope dataset</source>
        <translation>这是其他应用程序的 SQLite 数据库，不是 TrendScope 数据集</translation>
    </message>
    <message>
        <source>it was written by a newer TrendScope (schema version %1; this version reads up to %2)</source>
        <translation>该文件由更新版本的 TrendScope 写入（架构版本 %1；本版本最高只能读取版本 %2）</translation>
    </message>
    <message>
        <source>it has no valid schema version (%1)</source>
        <translation>没有有效的架构版本（%1）</translation>
    </message>
    <message>
        <source>this build cannot construct schema version %1 to compare it with</source>
        <translation>此版本无法构建用于比较的架构版本 %1</translation>
    </message>
    <message>
        <source>its schema differs from version %1: %2</source>
        <translation>其架构与版本 %1 不同：%2</translation>
    </message>
    <message>
        <source>the role %1 may not read the database</source>
        <translation>角色 %1 无权读取该数据库</translation>
    </message>
    <message>
        <source>the role %1 may not read the dataset</source>
        <translation>角色 %1 无权读取该数据集</translation>
    </message>
    <message>
        <source>the role %1 may not read the table %2</source>
        <translation>角色 %1 无权读取表 %2</translation>
    </message>
    <message>
        <source>the role %1 may not create the schema</source>
        <translation>角色 %1 无权创建架构</translation>
    </message>
    <message>
        <source>the role %1 may not create the schema (%2)</source>
        <translation>角色 %1 无权创建架构（%2）</translation>
    </message>
    <message>
        <source>the role %1 may not upgrade the schema</source>
        <translation>角色 %1 无权升级架构</translation>
    </message>
    <message>
        <source>the role %1 may not start a transaction</source>
        <translation>角色 %1 无权开始事务</translation>
    </message>
    <message>
        <source>the role %1 may not replace the dataset</source>
        <translation>角色 %1 无权替换该数据集</translation>
    </message>
    <message>
        <source>the role %1 may not write the table %2</source>
        <translation>角色 %1 无权写入表 %2</translation>
    </message>
    <message>
        <source>the role %1 may not commit the dataset</source>
        <translation>角色 %1 无权提交该数据集</translation>
    </message>
    <message>
        <source>the server refused to read the database</source>
        <translation>服务器拒绝读取该数据库</translation>
    </message>
    <message>
        <source>the server refused to read the dataset</source>
        <translation>服务器拒绝读取该数据集</translation>
    </message>
    <message>
        <source>the server refused to read the table %1</source>
        <translation>服务器拒绝读取表 %1</translation>
    </message>
    <message>
        <source>the server refused to create the schema</source>
        <translation>服务器拒绝创建架构</translation>
    </message>
    <message>
        <source>the server refused to create the schema (%1)</source>
        <translation>服务器拒绝创建架构（%1）</translation>
    </message>
    <message>
        <source>the server refused to upgrade the schema</source>
        <translation>服务器拒绝升级架构</translation>
    </message>
    <message>
        <source>the server refused to start a transaction</source>
        <translation>服务器拒绝开始事务</translation>
    </message>
    <message>
        <source>the server refused to replace the dataset</source>
        <translation>服务器拒绝替换该数据集</translation>
    </message>
    <message>
        <source>the server refused to write the table %1</source>
        <translation>服务器拒绝写入表 %1</translation>
    </message>
    <message>
        <source>the server refused to commit the dataset</source>
        <translation>服务器拒绝提交该数据集</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>it is a PostgreSQL database of another application, not a TrendScope dataset</source>
        <translation>这是其他应用程序的 PostgreSQL 数据库，不是 TrendScope 数据集</translation>
    </message>
    <message>
        <source>it holds a dataset of a newer TrendScope (schema version %1; this version reads up to %2)</source>
        <translation>其中的数据集由更新版本的 TrendScope 写入（架构版本 %1；本版本最高只能读取版本 %2）</translation>
    </message>
    <message>
        <source>Qt&apos;s PostgreSQL driver is not installed (libqt6sql6-psql)</source>
        <translation>未安装 Qt 的 PostgreSQL 驱动（libqt6sql6-psql）</translation>
    </message>
    <message>
        <source>the server cannot be reached or refused the connection (%1)</source>
        <translation>无法连接服务器，或服务器拒绝了连接（%1）</translation>
    </message>
    <message>
        <source>it holds no TrendScope dataset (trendscope publish puts one there)</source>
        <translation>其中没有 TrendScope 数据集（可用 trendscope publish 发布一个）</translation>
    </message>
    <message>
        <source>the role %1 may not read the tables %2</source>
        <translation>角色 %1 无权读取这些表：%2</translation>
    </message>
    <message>
        <source>its schema version %1 is older than this TrendScope&apos;s (%2); open it once with this TrendScope to upgrade it</source>
        <translation>其架构版本 %1 低于本版 TrendScope 的版本（%2）；请先用本版 TrendScope 打开一次以升级</translation>
    </message>
    <message>
        <source>it holds a dataset already (%1 rows); publish --replace replaces it</source>
        <translation>其中已有一个数据集（%1 行）；使用 publish --replace 可替换它</translation>
    </message>
    <message>
        <source>a file of that name exists already</source>
        <translation>同名文件已存在</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>文件夹 %1 不存在</translation>
    </message>
    <message>
        <source>its schema version %1 is older than this TrendScope&apos;s (%2); publish it again with this TrendScope to upgrade it</source>
        <translation>其架构版本 %1 低于本版 TrendScope 的版本（%2）；请用本版 TrendScope 重新发布以升级</translation>
    </message>
    <message>
        <source>cannot write in the folder (%1)</source>
        <translation>无法在该文件夹中写入（%1）</translation>
    </message>
    <message>
        <source>cannot move the new file into place (%1)</source>
        <translation>无法将新文件移动到目标位置（%1）</translation>
    </message>
    <message>
        <source>it uses the older schema version %1; publish a dataset file to it with this TrendScope (trendscope publish) to upgrade it</source>
        <translation>它使用较旧的架构版本 %1；请用本版 TrendScope 向其发布一个数据集文件（trendscope publish）以升级</translation>
    </message>
    <message>
        <source>it was opened read-only</source>
        <translation>以只读方式打开</translation>
    </message>
    <message>
        <source>the server could not say what this role may change (%1)</source>
        <translation>服务器无法说明该角色可以修改哪些内容（%1）</translation>
    </message>
    <message>
        <source>the role %1 may read but not change %2</source>
        <translation>角色 %1 可以读取但无权修改 %2</translation>
    </message>
    <message>
        <source>cannot replace the old backup %1</source>
        <translation>无法替换旧的备份 %1</translation>
    </message>
    <message>
        <source>the backup before upgrading failed (%1); the file was not changed</source>
        <translation>升级前的备份失败（%1）；文件未作改动</translation>
    </message>
    <message>
        <source>upgrading the schema failed (%1); the file was not changed</source>
        <translation>升级架构失败（%1）；文件未作改动</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
    <message>
        <source>building the embedded dataset failed (%1)</source>
        <translation>生成内置数据集失败（%1）</translation>
    </message>
    <message>
        <source>cannot move the new file into place</source>
        <translation>无法把新文件移到目标位置</translation>
    </message>
    <message>
        <source>an in-memory dataset has no second connection</source>
        <translation>内存中的数据集不能打开第二个连接</translation>
    </message>
    <message>
        <source>the backup copy could not be verified</source>
        <translation>无法校验备份副本</translation>
    </message>
</context>
<context>
    <name>TrendScope::DatasetChecker</name>
    <message>
        <source>an integer</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>a blob</source>
        <translation>二进制数据（blob）</translation>
    </message>
    <message>
        <source>warning: </source>
        <translation>警告：</translation>
    </message>
    <message>
        <source>%1 row %2: %3</source>
        <translation>%1 第 %2 行：%3</translation>
    </message>
    <message>
        <source>integrity check failed to run</source>
        <translation>完整性检查未能运行</translation>
    </message>
    <message>
        <source>integrity: </source>
        <translation>完整性：</translation>
    </message>
    <message>
        <source>refers to a missing row of %1</source>
        <translation>引用了 %1 中不存在的行</translation>
    </message>
    <message>
        <source>provenance: edition %1 is an edition of source %2, not of the row&apos;s source %3</source>
        <translation>出处：版次 %1 属于来源 %2，而不是该行的来源 %3</translation>
    </message>
    <message>
        <source>provenance: no source</source>
        <translation>出处：没有来源</translation>
    </message>
    <message>
        <source>provenance: no edition</source>
        <translation>出处：没有版次</translation>
    </message>
    <message>
        <source>provenance: no section</source>
        <translation>出处：没有章节</translation>
    </message>
    <message>
        <source>provenance: status &quot;%1&quot; is not stated, derived or editor</source>
        <translation>出处：状态“%1”不是 stated、derived 或 editor 之一</translation>
    </message>
    <message>
        <source>provenance: derived without a formula</source>
        <translation>出处：标为 derived（推算）却没有公式</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a date (YYYY, YYYY-MM or YYYY-MM-DD)</source>
        <translation>%1“%2”不是日期（应为 YYYY、YYYY-MM 或 YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>%1 %2 is outside 0-100</source>
        <translation>%1 %2 超出 0-100 的范围</translation>
    </message>
    <message>
        <source>%1 %2 must be a number of at least 0</source>
        <translation>%1 %2 必须是不小于 0 的数</translation>
    </message>
    <message>
        <source>min_percent %1 is above max_percent %2</source>
        <translation>min_percent %1 大于 max_percent %2</translation>
    </message>
    <message>
        <source>inferred &quot;%1&quot; does not say where from (field: reason)</source>
        <translation>inferred“%1”没有说明依据（格式：字段: 原因）</translation>
    </message>
    <message>
        <source>inferred names &quot;%1&quot;, which is not a column of the row</source>
        <translation>inferred 提到的“%1”不是该行的列</translation>
    </message>
    <message>
        <source>cannot be read (%1)</source>
        <translation>无法读取（%1）</translation>
    </message>
    <message>
        <source>%1 is empty (NULL), but every row needs one</source>
        <translation>%1 为空（NULL），但每一行都必须有值</translation>
    </message>
    <message>
        <source>a blob of %1 bytes</source>
        <translation>%1 字节的二进制数据（blob）</translation>
    </message>
    <message>
        <source>%1 holds %2, not %3</source>
        <translation>%1 存放的是%2，而不是%3</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not one of %3</source>
        <translation>%1“%2”不是 %3 之一</translation>
    </message>
    <message>
        <source>shares of %1 (%2 to %3) add up to %4%, more than 100%</source>
        <translation>%1 的份额（%2 至 %3）合计 %4%，超过 100%</translation>
    </message>
    <message>
        <source>derived: formula &quot;%1&quot; is not arithmetic of the form EXPR = RESULT</source>
        <translation>推算：公式“%1”不是 表达式 = 结果 形式的算术式</translation>
    </message>
    <message>
        <source>derived: %1 gives %2, not %3</source>
        <translation>推算：%1 得出 %2，而不是 %3</translation>
    </message>
    <message>
        <source>derived: the row does not hold the formula&apos;s result %1</source>
        <translation>推算：该行没有存放公式的结果 %1</translation>
    </message>
    <message>
        <source>the text says “%1” (%2) but the qualifier is %3</source>
        <translation>原文写作“%1”（%2），但限定词是 %3</translation>
    </message>
</context>
<context>
    <name>TrendScope::DetailsPanel</name>
    <message>
        <source>&lt;p style=&apos;color:#656d76&apos;&gt;Click a bar, slice, point or row to see its facts and where each comes from.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:#656d76&apos;&gt;点击柱、扇区、点或表格行，查看其事实及每条事实的出处。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The focused entry is no longer in the dataset.&lt;/p&gt;</source>
        <translation>&lt;p&gt;聚焦的条目已不在数据集中。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Provenance</source>
        <translation>出处</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>章节</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Formula</source>
        <translation>公式</translation>
    </message>
    <message>
        <source>Report says</source>
        <translation>报告原文</translation>
    </message>
    <message>
        <source>Related</source>
        <translation>相关</translation>
    </message>
    <message>
        <source>%1 (the dataset&apos;s English name)</source>
        <translation>%1（数据集自拟的英文名）</translation>
    </message>
</context>
<context>
    <name>TrendScope::EditController</name>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>No dataset is open.</source>
        <translation>没有打开的数据集。</translation>
    </message>
    <message>
        <source>the file is not writable</source>
        <translation>文件不可写</translation>
    </message>
    <message>
        <source>its folder is not writable</source>
        <translation>所在文件夹不可写</translation>
    </message>
    <message>
        <source>it was opened read-only</source>
        <translation>以只读方式打开</translation>
    </message>
    <message>
        <source>%1 is read-only (%2): editing is disabled.</source>
        <translation>%1 为只读（%2）：已禁用编辑。</translation>
    </message>
    <message>
        <source>undo: %1</source>
        <translation>撤销：%1</translation>
    </message>
    <message>
        <source>redo: %1</source>
        <translation>重做：%1</translation>
    </message>
    <message>
        <source>&amp;Undo: %1</source>
        <translation>撤销(&amp;U)：%1</translation>
    </message>
    <message>
        <source>&amp;Redo: %1</source>
        <translation>重做(&amp;R)：%1</translation>
    </message>
</context>
<context>
    <name>TrendScope::EditSchema</name>
    <message>
        <source>Organizations</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>organization</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>Technologies</source>
        <translation>技术</translation>
    </message>
    <message>
        <source>technology</source>
        <translation>技术</translation>
    </message>
    <message>
        <source>Maturity curve positions</source>
        <translation>成熟度曲线位置</translation>
    </message>
    <message>
        <source>curve position</source>
        <translation>曲线位置</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Leaderboards</source>
        <translation>榜单</translation>
    </message>
    <message>
        <source>leaderboard</source>
        <translation>榜单</translation>
    </message>
    <message>
        <source>Leaderboard entries</source>
        <translation>榜单条目</translation>
    </message>
    <message>
        <source>leaderboard entry</source>
        <translation>榜单条目</translation>
    </message>
    <message>
        <source>Training runs</source>
        <translation>训练记录</translation>
    </message>
    <message>
        <source>training run</source>
        <translation>训练记录</translation>
    </message>
    <message>
        <source>Funding totals</source>
        <translation>融资总额</translation>
    </message>
    <message>
        <source>funding total</source>
        <translation>融资总额</translation>
    </message>
    <message>
        <source>Funded companies</source>
        <translation>获投公司</translation>
    </message>
    <message>
        <source>funded company</source>
        <translation>获投公司</translation>
    </message>
    <message>
        <source>Policies</source>
        <translation>政策</translation>
    </message>
    <message>
        <source>policy</source>
        <translation>政策</translation>
    </message>
    <message>
        <source>Price cuts</source>
        <translation>降价</translation>
    </message>
    <message>
        <source>price cut</source>
        <translation>降价</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Survey results</source>
        <translation>调查结果</translation>
    </message>
    <message>
        <source>survey result</source>
        <translation>调查结果</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>关键数据</translation>
    </message>
    <message>
        <source>key figure</source>
        <translation>关键数据</translation>
    </message>
    <message>
        <source>Trends</source>
        <translation>趋势</translation>
    </message>
    <message>
        <source>trend</source>
        <translation>趋势</translation>
    </message>
    <message>
        <source>Statements</source>
        <translation>表述</translation>
    </message>
    <message>
        <source>statement</source>
        <translation>表述</translation>
    </message>
    <message>
        <source>Report charts</source>
        <translation>报告图表</translation>
    </message>
    <message>
        <source>report chart</source>
        <translation>报告图表</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Editions</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>edition</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Maturity stages</source>
        <translation>成熟阶段</translation>
    </message>
    <message>
        <source>maturity stage</source>
        <translation>成熟阶段</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>英文名</translation>
    </message>
    <message>
        <source>English title</source>
        <translation>英文标题</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>引文</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>As the report writes it</source>
        <translation>报告原文写法</translation>
    </message>
    <message>
        <source>Inferred by the dataset</source>
        <translation>数据集推断</translation>
    </message>
    <message>
        <source>The report&apos;s words</source>
        <translation>报告原话</translation>
    </message>
    <message>
        <source>Formula</source>
        <translation>公式</translation>
    </message>
    <message>
        <source>Headquarters</source>
        <translation>总部</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>章节</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>Belongs to</source>
        <translation>隶属于</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Technology</source>
        <translation>技术</translation>
    </message>
    <message>
        <source>Leaderboard</source>
        <translation>榜单</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>发布时间</translation>
    </message>
    <message>
        <source>Founded</source>
        <translation>成立时间</translation>
    </message>
    <message>
        <source>Announced</source>
        <translation>公布</translation>
    </message>
    <message>
        <source>Effective</source>
        <translation>生效</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>发布日期</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>时期</translation>
    </message>
    <message>
        <source>Period start</source>
        <translation>起始</translation>
    </message>
    <message>
        <source>Period end</source>
        <translation>截止</translation>
    </message>
    <message>
        <source>Snapshot</source>
        <translation>快照</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>Smallest cut</source>
        <translation>最小降幅</translation>
    </message>
    <message>
        <source>Largest cut</source>
        <translation>最大降幅</translation>
    </message>
    <message>
        <source>Percent</source>
        <translation>百分比</translation>
    </message>
    <message>
        <source>Funding events</source>
        <translation>融资事件数</translation>
    </message>
    <message>
        <source>Respondents</source>
        <translation>受访人数</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPU 数量</translation>
    </message>
    <message>
        <source>Rank in list</source>
        <translation>榜单中的排名</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>顺序</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>天数</translation>
    </message>
    <message>
        <source>Curve year</source>
        <translation>曲线年份</translation>
    </message>
    <message>
        <source>New on this curve</source>
        <translation>本曲线新增</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>领域</translation>
    </message>
    <message>
        <source>GPU type</source>
        <translation>GPU 型号</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Qualifier</source>
        <translation>限定词</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>参数量</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Token 数</translation>
    </message>
    <message>
        <source>Amount text</source>
        <translation>金额原文</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>回答</translation>
    </message>
    <message>
        <source>Benchmark</source>
        <translation>评测</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Data source</source>
        <translation>数据来源</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>系列</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Horizon</source>
        <translation>时间跨度</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>发布机构</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>衡量</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Parent domain</source>
        <translation>上级领域</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>出版方</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>轮次</translation>
    </message>
    <message>
        <source>Share of</source>
        <translation>占比基数</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>调查</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>编号</translation>
    </message>
</context>
<context>
    <name>TrendScope::EditorBanner</name>
    <message>
        <source>&amp;Retry</source>
        <translation>重试(&amp;R)</translation>
    </message>
</context>
<context>
    <name>TrendScope::EditorFilterBar</name>
    <message>
        <source>Search this table</source>
        <translation>在此表中搜索</translation>
    </message>
    <message>
        <source>Filter:</source>
        <translation>筛选：</translation>
    </message>
    <message>
        <source>no filter</source>
        <translation>不筛选</translation>
    </message>
</context>
<context>
    <name>TrendScope::EditorTableModel</name>
    <message>
        <source>not stated</source>
        <translation>未说明</translation>
    </message>
    <message>
        <source> (yuan)</source>
        <translation>（元）</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1（%2）：%3</translation>
    </message>
</context>
<context>
    <name>TrendScope::EntityDetails</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>英文名</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>Smallest cut</source>
        <translation>最小降幅</translation>
    </message>
    <message>
        <source>Largest cut</source>
        <translation>最大降幅</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Technology</source>
        <translation>技术</translation>
    </message>
    <message>
        <source>Leaderboard</source>
        <translation>榜单</translation>
    </message>
    <message>
        <source>Part of</source>
        <translation>所属</translation>
    </message>
    <message>
        <source>Rank in list</source>
        <translation>榜单中的排名</translation>
    </message>
    <message>
        <source>New on this curve</source>
        <translation>本曲线新增</translation>
    </message>
    <message>
        <source>Headquarters</source>
        <translation>总部</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPU 数量</translation>
    </message>
    <message>
        <source>GPU type</source>
        <translation>GPU 型号</translation>
    </message>
    <message>
        <source>The report&apos;s words</source>
        <translation>报告原话</translation>
    </message>
    <message>
        <source>Looks to</source>
        <translation>展望至</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>English title</source>
        <translation>英文标题</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>发布机构</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Announced</source>
        <translation>公布</translation>
    </message>
    <message>
        <source>Effective</source>
        <translation>生效</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>Benchmark</source>
        <translation>评测</translation>
    </message>
    <message>
        <source>Snapshot</source>
        <translation>快照</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Curve year</source>
        <translation>曲线年份</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>领域</translation>
    </message>
    <message>
        <source>Parent domain</source>
        <translation>上级领域</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>时期</translation>
    </message>
    <message>
        <source>Period start</source>
        <translation>起始</translation>
    </message>
    <message>
        <source>Period end</source>
        <translation>截止</translation>
    </message>
    <message>
        <source>Funding events</source>
        <translation>融资事件数</translation>
    </message>
    <message>
        <source>Amount as written</source>
        <translation>报告所写金额</translation>
    </message>
    <message>
        <source>Founded</source>
        <translation>成立时间</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>轮次</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>参数量</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Token 数</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>天数</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>发布时间</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>系列</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>回答</translation>
    </message>
    <message>
        <source>Percent</source>
        <translation>百分比</translation>
    </message>
    <message>
        <source>Respondents</source>
        <translation>受访人数</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>调查</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Ordinal</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>衡量</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Share of</source>
        <translation>占比基数</translation>
    </message>
    <message>
        <source> (the dataset&apos;s own)</source>
        <translation>（数据集自拟）</translation>
    </message>
    <message>
        <source> (inferred)</source>
        <translation>（推断）</translation>
    </message>
    <message>
        <source>As the report writes it</source>
        <translation>报告原文写法</translation>
    </message>
    <message>
        <source>Inferred by the dataset</source>
        <translation>数据集推断</translation>
    </message>
    <message>
        <source>Not listed</source>
        <translation>未列出</translation>
    </message>
    <message>
        <source>Funded company</source>
        <translation>获投公司</translation>
    </message>
    <message>
        <source>Funding figure</source>
        <translation>融资数据</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>政策</translation>
    </message>
    <message>
        <source>Price cut</source>
        <translation>降价</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Leaderboard entry</source>
        <translation>榜单条目</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>趋势</translation>
    </message>
    <message>
        <source>Organization: %1</source>
        <translation>机构：%1</translation>
    </message>
    <message>
        <source>Model: %1</source>
        <translation>模型：%1</translation>
    </message>
    <message>
        <source>Price cut %1</source>
        <translation>降价 %1</translation>
    </message>
    <message>
        <source>Event %1: %2</source>
        <translation>事件 %1：%2</translation>
    </message>
    <message>
        <source> (the dataset&apos;s title for it)</source>
        <translation>（数据集为其拟定的标题）</translation>
    </message>
    <message>
        <source>Funding %1: %2</source>
        <translation>融资 %1：%2</translation>
    </message>
    <message>
        <source>%1 (rank %2 of %3, derived from the scores)</source>
        <translation>%1（共 %3 个，排名第 %2，由得分推算）</translation>
    </message>
    <message>
        <source>Training run</source>
        <translation>训练过程</translation>
    </message>
    <message>
        <source>Parameters: %1, tokens: %2, days: %3, GPUs: %4</source>
        <translation>参数：%1，Token：%2，天数：%3，GPU：%4</translation>
    </message>
    <message>
        <source> (new)</source>
        <translation>（新）</translation>
    </message>
    <message>
        <source> (the report writes %1)</source>
        <translation>（报告原文：%1）</translation>
    </message>
    <message>
        <source> · curve year inferred</source>
        <translation> · 曲线年份为推断</translation>
    </message>
    <message>
        <source>Curve %1</source>
        <translation>%1年曲线</translation>
    </message>
    <message numerus="yes">
        <source>%n more fact(s)</source>
        <comment>facts past the first 50 the details panel lists</comment>
        <translation>
            <numerusform>另有 %n 条事实</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more related row(s) (%1)</source>
        <comment>rows past the first 50 the details panel lists; %1 is their kind (“Model”)</comment>
        <translation>
            <numerusform>另有 %n 条相关行（%1）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>An inferred field and the dataset&apos;s reason</extracomment>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>TrendScope::ExportActions</name>
    <message>
        <source>&amp;Export Chart…</source>
        <translation>导出图表(&amp;E)…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Export &amp;All Charts…</source>
        <translation>导出全部图表(&amp;A)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>Export &amp;Data</source>
        <translation>导出数据(&amp;D)</translation>
    </message>
    <message>
        <source>Rows of This View as CSV…</source>
        <translation>本视图的行（CSV）…</translation>
    </message>
    <message>
        <source>Rows of This View as JSON…</source>
        <translation>本视图的行（JSON）…</translation>
    </message>
    <message>
        <source>Whole Dataset as JSON…</source>
        <translation>整个数据集（JSON）…</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>Copy C&amp;hart Image</source>
        <translation>复制图表图像(&amp;H)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>That is the open dataset file; choose another name.</source>
        <translation>这是当前打开的数据集文件，请换一个文件名。</translation>
    </message>
    <message>
        <source>Chart copied to the clipboard</source>
        <translation>图表已复制到剪贴板</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>%1 file (*.%2)</source>
        <translation>%1 文件 (*.%2)</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>已导出 %1</translation>
    </message>
    <message>
        <source>Export All Charts To</source>
        <translation>将全部图表导出到</translation>
    </message>
    <message>
        <source>Exporting charts…</source>
        <translation>正在导出图表…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>正在导出 %1…</translation>
    </message>
    <message>
        <source>Export All Charts</source>
        <translation>导出全部图表</translation>
    </message>
    <message>
        <source>Export PDF Report</source>
        <translation>导出 PDF 报告</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>正在写入报告…</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>报告已写入 %1</translation>
    </message>
    <message>
        <source>Export Rows</source>
        <translation>导出行</translation>
    </message>
    <message>
        <source>Export Dataset</source>
        <translation>导出数据集</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message numerus="yes">
        <source>Export cancelled after %n file(s)</source>
        <translation>
            <numerusform>已导出 %n 个文件后取消</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n file(s) to %1</source>
        <translation>
            <numerusform>已导出 %n 个文件到 %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1</source>
        <translation>
            <numerusform>已导出 %n 行到 %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n table(s) to %1</source>
        <translation>
            <numerusform>已导出 %n 张表到 %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n row(s)</source>
        <translation>
            <numerusform>已复制 %n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>Export &amp;PDF Report…</source>
        <translation>导出 PDF 报告(&amp;P)…</translation>
    </message>
</context>
<context>
    <name>TrendScope::ExportDialog</name>
    <message>
        <source>Transparent background</source>
        <translation>透明背景</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Subtitle with filters</source>
        <translation>含筛选条件的副标题</translation>
    </message>
    <message>
        <source>Source line</source>
        <translation>来源行</translation>
    </message>
    <message>
        <source>Keep the focus highlight</source>
        <translation>保留聚焦高亮</translation>
    </message>
    <message>
        <source>Export Chart — %1</source>
        <translation>导出图表 — %1</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>PNG 图像</translation>
    </message>
    <message>
        <source>SVG vector image</source>
        <translation>SVG 矢量图</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF 文档</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source> px</source>
        <translation> 像素</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>尺寸：</translation>
    </message>
    <message>
        <source>Scale (PNG):</source>
        <translation>缩放（PNG）：</translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation>主题：</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Copy Image</source>
        <translation>复制图像</translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 像素</translation>
    </message>
    <message>
        <source>vector, %1 × %2 units</source>
        <translation>矢量，%1 × %2 单位</translation>
    </message>
    <message>
        <source>Export All Charts — the preview shows %1</source>
        <translation>导出全部图表 — 预览显示 %1</translation>
    </message>
    <message>
        <source>Formats:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <source>Export All…</source>
        <translation>全部导出…</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
</context>
<context>
    <name>TrendScope::FieldEditor</name>
    <message>
        <source>not stated</source>
        <translation>未说明</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日</translation>
    </message>
    <message>
        <source>How precisely the report gives this date</source>
        <translation>报告给出该日期的精确程度</translation>
    </message>
    <message>
        <source>%1: “%2” does not have the chosen precision (%3). Allowed: %4.</source>
        <translation>%1：“%2”不符合所选精度（%3）。允许：%4。</translation>
    </message>
    <message>
        <source>%1: %2 %3 is negative. Allowed: %4.</source>
        <translation>%1：%2 %3 为负数。允许：%4。</translation>
    </message>
    <message>
        <source>%1: there is no entry named “%2”. Allowed: %3.</source>
        <translation>%1：没有名为“%2”的条目。允许：%3。</translation>
    </message>
    <message>
        <source>yuan</source>
        <translation>元</translation>
    </message>
    <message>
        <source>× 10,000 yuan (万元)</source>
        <extracomment>The unit 万元 of an amount typed in the data editor; the report&apos;s word in brackets</extracomment>
        <translation>万元</translation>
    </message>
    <message>
        <source>× 100 million yuan (亿元)</source>
        <extracomment>The unit 亿元 of an amount typed in the data editor; the report&apos;s word in brackets</extracomment>
        <translation>亿元</translation>
    </message>
    <message>
        <source>%1 yuan</source>
        <translation>%1 元</translation>
    </message>
</context>
<context>
    <name>TrendScope::FilterBar</name>
    <message>
        <source>any</source>
        <extracomment>A year box at its lowest value: no bound on the years</extracomment>
        <translation>不限</translation>
    </message>
    <message>
        <source>Search everything (Ctrl+F)</source>
        <translation>搜索全部（Ctrl+F）</translation>
    </message>
    <message>
        <source>Clear all</source>
        <translation>全部清除</translation>
    </message>
    <message>
        <source>Remove every filter (Ctrl+Shift+L)</source>
        <translation>移除所有筛选（Ctrl+Shift+L）</translation>
    </message>
    <message>
        <source>Compare</source>
        <extracomment>A toggle button: compare edition A with edition B</extracomment>
        <translation>对比</translation>
    </message>
    <message>
        <source>Show edition A against edition B in every view that has rows of both</source>
        <translation>在两个版本都有数据的每个视图中，将版本 A 与版本 B 对照显示</translation>
    </message>
    <message>
        <source>Edition A: before</source>
        <translation>版本 A：之前</translation>
    </message>
    <message>
        <source>Edition B: after</source>
        <translation>版本 B：之后</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>来源：</translation>
    </message>
    <message>
        <source>Years:</source>
        <extracomment>Label before the two year boxes (from – to)</extracomment>
        <translation>年份：</translation>
    </message>
    <message>
        <source>with</source>
        <extracomment>Between the edition A and edition B boxes: &quot;Compare [A] with [B]&quot;</extracomment>
        <translation>对比</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>全部来源</translation>
    </message>
    <message>
        <source>Remove this filter</source>
        <translation>移除此筛选</translation>
    </message>
    <message>
        <source>Search: “%1”</source>
        <translation>搜索：“%1”</translation>
    </message>
    <message>
        <source>Organization: %1</source>
        <translation>机构：%1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>数据来源：%1</translation>
    </message>
    <message>
        <source>Year: %1</source>
        <translation>年份：%1</translation>
    </message>
    <message>
        <source>Years: %1–%2</source>
        <translation>年份：%1–%2</translation>
    </message>
</context>
<context>
    <name>TrendScope::FundingChart</name>
    <message>
        <source>Funding shares</source>
        <translation>融资占比</translation>
    </message>
    <message>
        <source>in all</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>funding shares</source>
        <translation>融资占比</translation>
    </message>
    <message>
        <source>Bars: B − A · </source>
        <translation>条形：B − A · </translation>
    </message>
    <message>
        <source>Hatched: remainder derived as 100% minus the stated shares · </source>
        <translation>斜线填充：余量，由 100% 减去报告所列占比推算 · </translation>
    </message>
    <message>
        <source>edition %1</source>
        <translation>版本 %1</translation>
    </message>
    <message>
        <source>funding rows in edition %1</source>
        <translation>版本 %1 中的融资数据</translation>
    </message>
    <message>
        <source>a comparison needs this chart in both editions</source>
        <translation>对比需要两个版本都有此图</translation>
    </message>
    <message>
        <source>%1 vs %2</source>
        <translation>%1 对比 %2</translation>
    </message>
</context>
<context>
    <name>TrendScope::FundingShareModel</name>
    <message>
        <source>%1 (group total)</source>
        <translation>%1（组合计）</translation>
    </message>
    <message>
        <source>Slice</source>
        <translation>扇区</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>组</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Share: %1</source>
        <translation>占比：%1</translation>
    </message>
    <message>
        <source>Amount: %1</source>
        <translation>金额：%1</translation>
    </message>
    <message>
        <source> (derived: %1)</source>
        <translation>（推算：%1）</translation>
    </message>
</context>
<context>
    <name>TrendScope::FundingView</name>
    <message>
        <source>Chart:</source>
        <translation>图表：</translation>
    </message>
</context>
<context>
    <name>TrendScope::Gui</name>
    <message>
        <source>Explorer for China&apos;s technology trends 2023-2024</source>
        <translation>中国技术趋势 2023-2024 数据浏览器</translation>
    </message>
    <message>
        <source>Open this dataset file.</source>
        <translation>打开此数据集文件。</translation>
    </message>
    <message>
        <source>The interface language: zh_CN or en (else View &gt; Language&apos;s choice, else the system&apos;s).</source>
        <translation>界面语言：zh_CN 或 en（未指定时使用“视图 &gt; 语言”中的选择，否则使用系统语言）。</translation>
    </message>
</context>
<context>
    <name>TrendScope::HistoryPanel</name>
    <message>
        <source>added this %1</source>
        <translation>添加了此%1</translation>
    </message>
    <message>
        <source>deleted this %1</source>
        <translation>删除了此%1</translation>
    </message>
    <message>
        <source>Re&amp;vert This Change</source>
        <translation>撤回此更改(&amp;V)</translation>
    </message>
    <message>
        <source>When</source>
        <extracomment>Column headers of the change history: when, who, what changed, why</extracomment>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>编辑者</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>更改</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>%1: no changes made in TrendScope.</source>
        <translation>%1：尚无在 TrendScope 中所做的更改。</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n change(s), newest first.</source>
        <translation>
            <numerusform>%1：%n 次更改，最新的在前。</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
</context>
<context>
    <name>TrendScope::ImportDialog</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Make the models, organizations and snapshots the file names but the dataset lacks</source>
        <translation>创建文件中提到但数据集中没有的模型、机构和快照(&amp;M)</translation>
    </message>
    <message>
        <source>Cancel Preview</source>
        <translation>取消预览</translation>
    </message>
    <message>
        <source>Import the other rows and leave the refused ones out</source>
        <translation>导入其余的行，略过被拒绝的行</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Import Rows from a File</source>
        <translation>从文件导入行</translation>
    </message>
    <message>
        <source>A CSV, TSV or JSON file: type its path and press Enter, or choose it</source>
        <translation>CSV、TSV 或 JSON 文件：输入路径后按回车，或直接选择</translation>
    </message>
    <message>
        <source>Label of the new edition, e.g. 2025</source>
        <translation>新版本的标签，例如 2025</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Table:</source>
        <translation>表(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Edition:</source>
        <translation>版本(&amp;E)：</translation>
    </message>
    <message>
        <source>Choose a CSV, TSV or JSON file. Nothing is written until you choose Import.</source>
        <translation>请选择 CSV、TSV 或 JSON 文件。在选择“导入”之前不会写入任何内容。</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>New edition of %1…</source>
        <translation>%1 的新版本…</translation>
    </message>
    <message>
        <source>Data files (*.csv *.tsv *.tab *.json);;All files (*)</source>
        <translation>数据文件 (*.csv *.tsv *.tab *.json);;所有文件 (*)</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2, %n row(s), %3 column(s)</source>
        <translation>
            <numerusform>%1，%2，%n 行，%3 列</numerusform>
        </translation>
    </message>
    <message>
        <source>Type the new edition&apos;s label (e.g. 2025) to see the preview.</source>
        <translation>输入新版本的标签（例如 2025）即可查看预览。</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>正在检查每一行…</translation>
    </message>
    <message>
        <source>The preview was cancelled; nothing was imported.</source>
        <translation>预览已取消，未导入任何内容。</translation>
    </message>
    <message>
        <source>Preview: %1. Nothing is written until you choose Import.</source>
        <translation>预览：%1。在选择“导入”之前不会写入任何内容。</translation>
    </message>
    <message numerus="yes">
        <source>Writing %n change(s) in one transaction…</source>
        <translation>
            <numerusform>正在以一个事务写入 %n 项更改…</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>未导入任何内容：%1</translation>
    </message>
    <message>
        <source>Imported from %1: %2.</source>
        <translation>已从 %1 导入：%2。</translation>
    </message>
</context>
<context>
    <name>TrendScope::ImportMappingTable</name>
    <message>
        <source>Column in the file</source>
        <translation>文件中的列</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>首个值</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>导入为</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>（不导入）</translation>
    </message>
</context>
<context>
    <name>TrendScope::ImportPlan</name>
    <message>
        <source>%1 new, %2 changed, %3 unchanged, %4 refused</source>
        <translation>新增 %1，更改 %2，未变 %3，拒绝 %4</translation>
    </message>
    <message>
        <source>new edition “%1”</source>
        <translation>新版本“%1”</translation>
    </message>
    <message>
        <source>; makes %1</source>
        <translation>；将新建 %1</translation>
    </message>
    <message>
        <source>new</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>未变</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>拒绝</translation>
    </message>
    <message numerus="yes">
        <source>import %n row(s) from %1</source>
        <translation>
            <numerusform>从 %1 导入 %n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cannot be read any more (%2); nothing was imported.</source>
        <translation>%1 已无法读取（%2）；未导入任何内容。</translation>
    </message>
    <message>
        <source>%1 changed since it was previewed; nothing was imported. Preview it again.</source>
        <translation>%1 在预览之后已被修改；未导入任何内容。请重新预览。</translation>
    </message>
    <message>
        <source>%1, line %2: text after a closing quote (a quote inside a quoted cell is written twice: &quot;&quot;).</source>
        <translation>%1，第 %2 行：闭合引号后还有文字（带引号的单元格中的引号要写两次：&quot;&quot;）。</translation>
    </message>
    <message>
        <source>%1, line %2: a quote opened here is never closed.</source>
        <translation>%1，第 %2 行：此处开始的引号没有闭合。</translation>
    </message>
    <message>
        <source>%1 is empty: it has no header line and no rows.</source>
        <translation>%1 是空的：既没有表头行，也没有数据行。</translation>
    </message>
    <message>
        <source>%1, line %2: not valid JSON (%3).</source>
        <translation>%1，第 %2 行：不是有效的 JSON（%3）。</translation>
    </message>
    <message>
        <source>%1: the JSON holds no rows; expected an array of objects, one per row, or {&quot;rows&quot;: [...]}.</source>
        <translation>%1：JSON 中没有数据行；应为对象数组（每行一个对象）或 {&quot;rows&quot;: [...]}。</translation>
    </message>
    <message>
        <source>%1, row %2 (line %3): each row must be an object of &quot;field&quot;: value pairs.</source>
        <translation>%1，第 %2 条（第 %3 行）：每一条都必须是由 &quot;字段&quot;: 值 组成的对象。</translation>
    </message>
    <message>
        <source>The file is not text in UTF-8, UTF-16 or GB18030/GBK; save it as UTF-8 and import it again.</source>
        <translation>该文件不是 UTF-8、UTF-16 或 GB18030/GBK 编码的文本；请另存为 UTF-8 后重新导入。</translation>
    </message>
    <message>
        <source>%1 is a spreadsheet (XLSX) or another ZIP file. TrendScope reads CSV, TSV and JSON: Debian packages no library that reads XLSX well, so save the sheet as CSV (UTF-8) and import that.</source>
        <translation>%1 是电子表格（XLSX）或其他 ZIP 文件。TrendScope 读取 CSV、TSV 和 JSON：Debian 没有能可靠读取 XLSX 的库，请将表格另存为 CSV（UTF-8）后再导入。</translation>
    </message>
    <message>
        <source>%1 is not a text file (it holds NUL bytes).</source>
        <translation>%1 不是文本文件（含有 NUL 字节）。</translation>
    </message>
    <message>
        <source>%1 has a header but no rows to import.</source>
        <translation>%1 只有表头，没有可导入的行。</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 不存在。</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 是文件夹，不是文件。</translation>
    </message>
    <message>
        <source>%1 is %2 MiB; files up to %3 MiB are imported.</source>
        <translation>%1 大小为 %2 MiB；只导入不超过 %3 MiB 的文件。</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>The file has no column “%1”; its columns are: %2.</source>
        <translation>文件中没有“%1”列；它的列为：%2。</translation>
    </message>
    <message>
        <source>%1 has no field “%2” to import into; it has: %3.</source>
        <translation>%1没有可导入的字段“%2”；它有：%3。</translation>
    </message>
    <message>
        <source>Columns “%1” and “%2” both fill %3; choose one.</source>
        <translation>列“%1”和“%2”都填入 %3；请选择其一。</translation>
    </message>
    <message>
        <source>No column of the file is matched to a field; choose at least one.</source>
        <translation>文件中没有任何列对应到字段；请至少选择一列。</translation>
    </message>
    <message>
        <source>“%1” is not a table rows can be imported into; these are: %2.</source>
        <translation>“%1”不是可以导入行的表；可导入的表为：%2。</translation>
    </message>
    <message>
        <source>The dataset has no edition %1 (`trendscope editions` lists them).</source>
        <translation>数据集中没有版本 %1（`trendscope editions` 可列出所有版本）。</translation>
    </message>
    <message>
        <source>Edition %1 is an edition of source %2, not of source %3.</source>
        <translation>版本 %1 属于来源 %2，而不是来源 %3。</translation>
    </message>
    <message>
        <source>Say which edition the rows belong to: an existing edition, or a new edition&apos;s label and its source.</source>
        <translation>请指明这些行属于哪个版本：已有的版本，或新版本的名称及其来源。</translation>
    </message>
    <message>
        <source>Source %1 already has an edition “%2” (id %3): import into that edition, or give the new one another label.</source>
        <translation>来源 %1 已有版本“%2”（编号 %3）：请导入到该版本，或为新版本另取名称。</translation>
    </message>
    <message>
        <source>The mapping was made for another layout of columns.</source>
        <translation>该列对应关系是为另一种列布局设置的。</translation>
    </message>
    <message>
        <source>The preview was cancelled; nothing was imported.</source>
        <translation>预览已取消；未导入任何内容。</translation>
    </message>
    <message>
        <source>%1: “%2” is not an amount. Allowed: a number with 亿, 万 or 元 (e.g. 12.5亿元); a bare number is yuan.</source>
        <translation>%1：“%2”不是金额。允许：带亿、万或元的数字（如 12.5亿元）；不带单位的数字按元计。</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n new</source>
        <comment>how many rows of one kind the import makes; %1 is the kind (“model”)</comment>
        <translation>
            <numerusform>新建%1 %n 个</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrendScope::ImportPreviewModel</name>
    <message>
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>About</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>; </source>
        <extracomment>Between the fields of an import preview&apos;s row: &quot;；&quot; in Chinese</extracomment>
        <translation>；</translation>
    </message>
</context>
<context>
    <name>TrendScope::LeaderboardChart</name>
    <message>
        <source>AI model leaderboard</source>
        <translation>AI 大模型榜单</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>leaderboard scores</source>
        <translation>榜单得分</translation>
    </message>
    <message>
        <source>edition %1</source>
        <translation>版本 %1</translation>
    </message>
    <message>
        <source>leaderboard rows in edition %1</source>
        <translation>版本 %1 中的榜单数据</translation>
    </message>
    <message>
        <source>nothing to compare</source>
        <translation>无可对比</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message numerus="yes">
        <source>+%n more in the table</source>
        <translation>
            <numerusform>表格中另有 %n 项</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrendScope::LeaderboardCompareModel</name>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Benchmark</source>
        <translation>评测</translation>
    </message>
    <message>
        <source>Rank, %1</source>
        <translation>排名，%1</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>Score, %1</source>
        <translation>得分，%1</translation>
    </message>
    <message>
        <source>Δ score</source>
        <translation>Δ 得分</translation>
    </message>
</context>
<context>
    <name>TrendScope::LeaderboardModel</name>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Snapshot</source>
        <translation>快照</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Rank (derived)</source>
        <translation>排名（推算）</translation>
    </message>
    <message>
        <source> (rank %1 of %2, derived from the scores)</source>
        <translation>（第 %1 名，共 %2 名，由得分推算）</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <extracomment>A leaderboard score&apos;s tooltip: benchmark, snapshot date, score</extracomment>
        <translation>%1 %2：%3</translation>
    </message>
</context>
<context>
    <name>TrendScope::LeaderboardView</name>
    <message>
        <source>Organization:</source>
        <translation>机构：</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Compute is derived, not stated in the report: 6 × parameters × tokens (hover a value for the arithmetic). The report titles its table as estimates (推测).</source>
        <translation>算力为推算值，报告未说明：6 × 参数量 × token 数（鼠标悬停在数值上可查看算式）。报告将该表标为推测。</translation>
    </message>
    <message>
        <source>Training runs</source>
        <translation>训练情况</translation>
    </message>
    <message>
        <source>Question:</source>
        <translation>问题：</translation>
    </message>
    <message>
        <source>Surveys</source>
        <translation>调查</translation>
    </message>
    <message>
        <source>Rank changes</source>
        <translation>排名变化</translation>
    </message>
    <message>
        <source>All organizations</source>
        <translation>全部机构</translation>
    </message>
</context>
<context>
    <name>TrendScope::LoadIndicator</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop loading; the views keep what they showed before</source>
        <translation>停止加载；各视图保留之前显示的内容</translation>
    </message>
</context>
<context>
    <name>TrendScope::LockHolder</name>
    <message>
        <source>another connection inside this program (process %1)</source>
        <translation>本程序内的另一个连接（进程 %1）</translation>
    </message>
    <message>
        <source>process %1</source>
        <translation>进程 %1</translation>
    </message>
    <message>
        <source>%1 (process %2)</source>
        <translation>%1（进程 %2）</translation>
    </message>
</context>
<context>
    <name>TrendScope::MainWindow</name>
    <message>
        <source>TrendScope</source>
        <translation>TrendScope</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>筛选</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Data Editor</source>
        <translation>数据编辑器</translation>
    </message>
    <message>
        <source>The dataset file was changed by another program; reloaded.</source>
        <translation>数据集文件已被其他程序修改，已重新加载。</translation>
    </message>
    <message>
        <source>Loading cancelled: the views show what was loaded before. File &gt; Reload (F5) loads again.</source>
        <translation>加载已取消：各视图显示之前加载的内容。“文件 &gt; 重新加载”（F5）可再次加载。</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open Dataset…</source>
        <translation>打开数据集(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>重新加载(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About TrendScope</source>
        <translation>关于 TrendScope(&amp;A)</translation>
    </message>
    <message>
        <source>About TrendScope</source>
        <translation>关于 TrendScope</translation>
    </message>
    <message>
        <source>&lt;b&gt;TrendScope %1&lt;/b&gt;&lt;p&gt;Explores China&apos;s technology trends 2023–2024 from two reports: InfoQ&apos;s China technology trends and the 2024 China cloud-ecosystem blue book.&lt;/p&gt;</source>
        <translation>&lt;b&gt;TrendScope %1&lt;/b&gt;&lt;p&gt;基于两份报告探索 2023–2024 年中国技术趋势：InfoQ《中国技术发展趋势》与《2024 中国云生态蓝皮书》。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Click a chart element or table row first; it opens in the editor.</source>
        <translation>请先点击图表元素或表格行，它会在编辑器中打开。</translation>
    </message>
    <message>
        <source>Editor Name</source>
        <translation>编辑者姓名</translation>
    </message>
    <message>
        <source>The name recorded with your changes in the history:</source>
        <translation>与您的更改一起记入历史的姓名：</translation>
    </message>
    <message>
        <source>Unwritten Change</source>
        <translation>未写入的更改</translation>
    </message>
    <message>
        <source>A change could not be written because the dataset file was locked:
%1

Retry writing it, discard it, or keep TrendScope open?</source>
        <translation>数据集文件被锁定，有一项更改未能写入：
%1

重试写入、放弃更改，还是保持 TrendScope 打开？</translation>
    </message>
    <message>
        <source>Open Dataset</source>
        <translation>打开数据集</translation>
    </message>
    <message>
        <source>TrendScope datasets (*.sqlite *.db);;All files (*)</source>
        <translation>TrendScope 数据集 (*.sqlite *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Dataset Problem</source>
        <translation>数据集问题</translation>
    </message>
    <message>
        <source>Cannot Open Dataset</source>
        <translation>无法打开数据集</translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation>（只读）</translation>
    </message>
    <message>
        <source>No dataset open</source>
        <translation>未打开数据集</translation>
    </message>
    <message>
        <source>%1 of %2 rows</source>
        <translation>%1 / %2 行</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <extracomment>The menu of interface languages (English, 中文)</extracomment>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Data Editor</source>
        <translation>数据编辑器(&amp;D)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <source>Edit &amp;Focused Entity</source>
        <translation>编辑聚焦的条目(&amp;F)</translation>
    </message>
    <message>
        <source>Editor &amp;Name…</source>
        <translation>编辑者姓名(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Presenter Mode</source>
        <translation>演示模式(&amp;P)</translation>
    </message>
    <message>
        <source>%1 changed the dataset (%2); reloaded.</source>
        <translation>%1 修改了数据集（%2）；已重新加载。</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>Open &amp;Server Dataset…</source>
        <translation>打开服务器数据集(&amp;S)…</translation>
    </message>
    <message>
        <source>Clear F&amp;ocus</source>
        <translation>清除聚焦(&amp;O)</translation>
    </message>
    <message>
        <source>Clear &amp;All Filters</source>
        <translation>清除所有筛选(&amp;A)</translation>
    </message>
</context>
<context>
    <name>TrendScope::MaturityCurveChart</name>
    <message>
        <source>Maturity →</source>
        <translation>成熟度 →</translation>
    </message>
    <message>
        <source>domain not stated</source>
        <translation>领域未说明</translation>
    </message>
    <message>
        <source>New in %1</source>
        <translation>%1 新增</translation>
    </message>
    <message>
        <source>New on the %1 curve</source>
        <translation>%1 年曲线新增</translation>
    </message>
    <message>
        <source>Position in %1</source>
        <translation>%1 中的位置</translation>
    </message>
    <message>
        <source>Position on the %1 curve</source>
        <translation>%1 年曲线上的位置</translation>
    </message>
    <message>
        <source>%1 · dropped</source>
        <translation>%1 · 已移出</translation>
    </message>
    <message>
        <source>%1 (%2 only)</source>
        <translation>%1（仅 %2）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source> · new</source>
        <translation> · 新增</translation>
    </message>
    <message>
        <source>no technology stated</source>
        <translation>未列出技术</translation>
    </message>
    <message>
        <source>technology positions</source>
        <translation>技术位置</translation>
    </message>
    <message>
        <source>technology positions in edition %1</source>
        <translation>版本 %1 中的技术位置</translation>
    </message>
    <message>
        <source>a comparison needs both editions&apos; curves</source>
        <translation>对比需要两个版本的曲线</translation>
    </message>
    <message>
        <source>Technology maturity curve</source>
        <translation>技术成熟度曲线</translation>
    </message>
    <message>
        <source>Technology maturity curve, %1 → %2</source>
        <translation>技术成熟度曲线，%1 → %2</translation>
    </message>
    <message>
        <source>Technology maturity curve, %1</source>
        <translation>技术成熟度曲线，%1</translation>
    </message>
    <message>
        <source>Arrows: changed stage from %1 to %2 · </source>
        <translation>箭头：从 %1 到 %2 的阶段变化 · </translation>
    </message>
    <message>
        <source>edition %1</source>
        <translation>版本 %1</translation>
    </message>
</context>
<context>
    <name>TrendScope::MaturityCurveView</name>
    <message>
        <source>Compare with</source>
        <extracomment>A check box before a second curve year: &quot;Compare with [2022]&quot;</extracomment>
        <translation>对比</translation>
    </message>
    <message>
        <source>Curve year:</source>
        <translation>曲线年份：</translation>
    </message>
</context>
<context>
    <name>TrendScope::MaturityModel</name>
    <message>
        <source>new</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Technology</source>
        <translation>技术</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>领域</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>New?</source>
        <translation>新增？</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>%1 curve: %2</source>
        <translation>%1 年曲线：%2</translation>
    </message>
    <message>
        <source>, new on this curve</source>
        <translation>，本曲线新增</translation>
    </message>
    <message>
        <source>Domain: %1</source>
        <translation>领域：%1</translation>
    </message>
</context>
<context>
    <name>TrendScope::ModelChart</name>
    <message>
        <source>Compared: %1 vs %2</source>
        <translation>对比：%1 与 %2</translation>
    </message>
    <message>
        <source>edition %1</source>
        <translation>版本 %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>数据来源：%1</translation>
    </message>
    <message>
        <source>No %1: %2 · %3</source>
        <translation>无%1：%2 · %3</translation>
    </message>
    <message>
        <source>No %1: %2</source>
        <translation>无%1：%2</translation>
    </message>
    <message>
        <source>No %1 match: %2</source>
        <translation>没有符合条件的%1：%2</translation>
    </message>
    <message>
        <source>No %1 in this dataset</source>
        <translation>此数据集中没有%1</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
</context>
<context>
    <name>TrendScope::NameOrderActions</name>
    <message>
        <source>&amp;Names</source>
        <extracomment>The menu choosing whether an entity&apos;s report name (usually Chinese) or English name comes first</extracomment>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Report&apos;s Name First</source>
        <translation>报告原名在前(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;English Name First</source>
        <translation>英文名在前(&amp;E)</translation>
    </message>
</context>
<context>
    <name>TrendScope::PolicyTimeline</name>
    <message>
        <source>Policies and events</source>
        <translation>政策与事件</translation>
    </message>
    <message>
        <source>policies or events</source>
        <translation>政策或事件</translation>
    </message>
    <message numerus="yes">
        <source>%n undated, listed in the table only</source>
        <translation>
            <numerusform>%n 项无日期，仅列于表格中</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n undated item(s) listed in the table only</source>
        <translation>
            <numerusform>%n 项无日期的条目仅列于表格中</numerusform>
        </translation>
    </message>
    <message>
        <source>dot: a day · bar: a month or a year</source>
        <translation>圆点：某一天 · 条形：某月或某年</translation>
    </message>
    <message>
        <source>orange outline: new in %1 · shaded: the dates of %1&apos;s items · faded: neither edition</source>
        <translation>橙色描边：%1 新增 · 阴影：%1 各条目的日期范围 · 淡色：两个版本都没有</translation>
    </message>
    <message>
        <source>No policies or events in edition %1</source>
        <translation>版本 %1 中没有政策或事件</translation>
    </message>
    <message numerus="yes">
        <source>+N: %n item(s) without room for a label, by month; zoom in to see them</source>
        <translation>
            <numerusform>+N：按月计，%n 项放不下标签；放大即可看到</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>+%n more lane(s)</source>
        <translation>
            <numerusform>另有 %n 条泳道</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrendScope::PresenterWindow</name>
    <message>
        <source>TrendScope · Presenter</source>
        <translation>TrendScope · 演示</translation>
    </message>
    <message>
        <source>No saved views: this is the current view (File → Save View… adds one) · Esc leaves</source>
        <translation>没有保存的视图：这是当前视图（文件 → 保存视图… 可添加）· Esc 退出</translation>
    </message>
    <message>
        <source>%1 / %2 · %3 · PgDn next · PgUp back · Esc leaves</source>
        <translation>%1 / %2 · %3 · PgDn 下一页 · PgUp 上一页 · Esc 退出</translation>
    </message>
</context>
<context>
    <name>TrendScope::PriceCutModel</name>
    <message>
        <source>Vendor</source>
        <translation>厂商</translation>
    </message>
    <message>
        <source>Announced</source>
        <translation>公布</translation>
    </message>
    <message>
        <source>Effective</source>
        <translation>生效</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Min %</source>
        <translation>最低 %</translation>
    </message>
    <message>
        <source>Max %</source>
        <translation>最高 %</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Announced %1 · effective %2</source>
        <translation>公布于 %1 · 生效于 %2</translation>
    </message>
    <message>
        <source>Products: %1</source>
        <translation>产品：%1</translation>
    </message>
    <message>
        <source>%1: price cut %2</source>
        <translation>%1：降价 %2</translation>
    </message>
</context>
<context>
    <name>TrendScope::PriceCutTimeline</name>
    <message>
        <source>Cloud price cuts by vendor</source>
        <translation>各云厂商降价</translation>
    </message>
    <message>
        <source>Date (UTC)</source>
        <translation>日期（UTC）</translation>
    </message>
    <message>
        <source>Announced</source>
        <translation>公布</translation>
    </message>
    <message>
        <source>Effective</source>
        <translation>生效</translation>
    </message>
    <message>
        <source>Date known only to the month (bar spans the month)</source>
        <translation>日期只精确到月（条形覆盖整月）</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>未说明</translation>
    </message>
    <message>
        <source>announced %1</source>
        <translation>公布于 %1</translation>
    </message>
    <message>
        <source>effective %1</source>
        <translation>生效于 %1</translation>
    </message>
    <message>
        <source>price cuts in edition %1</source>
        <translation>版本 %1 中的降价</translation>
    </message>
    <message>
        <source>a comparison needs both editions&apos; cuts</source>
        <translation>对比需要两个版本的降价数据</translation>
    </message>
    <message>
        <source>price cuts</source>
        <translation>降价</translation>
    </message>
    <message numerus="yes">
        <source>%n undated, listed in the table only</source>
        <translation>
            <numerusform>%n 项无日期，仅列于表格中</numerusform>
        </translation>
    </message>
    <message>
        <source>some labels left out at this size: hover the marks</source>
        <translation>此尺寸下部分标签未显示：请将鼠标悬停在标记上</translation>
    </message>
    <message numerus="yes">
        <source>%n undated cut(s) listed in the table only</source>
        <translation>
            <numerusform>%n 次无日期的降价仅列于表格中</numerusform>
        </translation>
    </message>
    <message>
        <source>orange ring: new in %1 · shaded: the dates of %1&apos;s cuts · faded: neither edition</source>
        <translation>橙色圆环：%1 新增 · 阴影：%1 各次降价的日期范围 · 淡色：两个版本都没有</translation>
    </message>
</context>
<context>
    <name>TrendScope::RankBumpChart</name>
    <message>
        <source>Leaderboard ranks across snapshots</source>
        <translation>各快照的榜单排名</translation>
    </message>
    <message>
        <source>rank changes</source>
        <translation>排名变化</translation>
    </message>
    <message>
        <source>%1 has one snapshot (%2): nothing to compare yet</source>
        <translation>%1 只有一个快照（%2）：暂无可对比</translation>
    </message>
    <message>
        <source>leaderboard ranks</source>
        <translation>榜单排名</translation>
    </message>
    <message>
        <source>%1, one snapshot</source>
        <translation>%1，一个快照</translation>
    </message>
    <message>
        <source>%1, %2 snapshots</source>
        <translation>%1，%2 个快照</translation>
    </message>
    <message>
        <source>ranks 1–%1 of %2 shown</source>
        <translation>显示第 1–%1 名，共 %2 名</translation>
    </message>
    <message>
        <source>Rank (derived)</source>
        <translation>排名（推算）</translation>
    </message>
    <message>
        <source>lines of the %1 best-ranked of %2 models in the last snapshot</source>
        <translation>仅画出最后一期排名前 %1 的模型（共 %2 个）</translation>
    </message>
</context>
<context>
    <name>TrendScope::ReadSnapshot</name>
    <message>
        <source>the dataset is not open</source>
        <translation>数据集未打开</translation>
    </message>
</context>
<context>
    <name>TrendScope::RecordForm</name>
    <message>
        <source>&amp;Apply</source>
        <translation>应用(&amp;A)</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>还原(&amp;V)</translation>
    </message>
    <message>
        <source>Reason for this change (optional, kept in the history)</source>
        <translation>此次更改的原因（可选，记入历史）</translation>
    </message>
    <message>
        <source>Write the changed fields (Ctrl+Return)</source>
        <translation>写入已更改的字段（Ctrl+Return）</translation>
    </message>
    <message>
        <source>Select a row to edit it here.</source>
        <translation>选择一行即可在此编辑。</translation>
    </message>
    <message>
        <source>&amp;Add Row</source>
        <translation>添加行(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Apply to %1 Rows</source>
        <translation>应用到 %1 行(&amp;A)</translation>
    </message>
</context>
<context>
    <name>TrendScope::ReportWriter</name>
    <message>
        <source>… and %1 more rows (export the view&apos;s data for all of them)</source>
        <translation>……另有 %1 行（导出该视图的数据可得到全部行）</translation>
    </message>
    <message>
        <source>TrendScope report</source>
        <translation>TrendScope 报告</translation>
    </message>
    <message>
        <source>Dataset: %1</source>
        <translation>数据集：%1</translation>
    </message>
    <message>
        <source>Created: %1</source>
        <translation>生成时间：%1</translation>
    </message>
    <message>
        <source>Filters: %1</source>
        <translation>筛选：%1</translation>
    </message>
    <message>
        <source>Views: %1</source>
        <translation>视图：%1</translation>
    </message>
    <message>
        <source>No rows match the filters (%1).</source>
        <translation>没有符合筛选条件的行（%1）。</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>数据来源</translation>
    </message>
    <message>
        <source>Publisher: %1</source>
        <translation>发布方：%1</translation>
    </message>
    <message>
        <source>Published: %1</source>
        <translation>发布日期：%1</translation>
    </message>
    <message>
        <source>Text: %1</source>
        <translation>文本：%1</translation>
    </message>
    <message>
        <source>Every figure in TrendScope carries its report, section and status (stated in the report, derived by arithmetic from stated figures, or changed by an editor).</source>
        <translation>TrendScope 中的每个数字都注明其报告、章节和状态（报告原文所述、由所述数字推算，或由编辑者修改）。</translation>
    </message>
    <message>
        <source>China&apos;s technology trends 2023–2024</source>
        <translation>2023–2024 年中国技术趋势</translation>
    </message>
</context>
<context>
    <name>TrendScope::RowTableModelBase</name>
    <message>
        <source>%1 (the dataset&apos;s English name)</source>
        <translation>%1（数据集自拟的英文名）</translation>
    </message>
    <message>
        <source>%1 (%2, the dataset&apos;s English name)</source>
        <translation>%1（%2，数据集自拟的英文名）</translation>
    </message>
    <message>
        <source>%1 (the dataset&apos;s English name; the report writes %2)</source>
        <translation>%1（数据集自拟的英文名；报告写作 %2）</translation>
    </message>
</context>
<context>
    <name>TrendScope::SavedView</name>
    <message>
        <source>A saved view needs a name.</source>
        <translation>保存的视图需要一个名称。</translation>
    </message>
    <message numerus="yes">
        <source>A saved view&apos;s name has at most %n characters.</source>
        <translation>
            <numerusform>保存的视图名称最多 %n 个字符。</numerusform>
        </translation>
    </message>
    <message>
        <source>A saved view&apos;s name cannot hold control characters.</source>
        <translation>保存的视图名称不能包含控制字符。</translation>
    </message>
    <message>
        <source>no saved view named “%1”</source>
        <translation>没有名为“%1”的保存视图</translation>
    </message>
    <message>
        <source>The dataset is open read-only: a view cannot be saved into it.</source>
        <translation>数据集以只读方式打开：无法将视图保存到其中。</translation>
    </message>
    <message>
        <source>The dataset is locked by %1; save the view again when it is done.</source>
        <translation>数据集被 %1 锁定；待其完成后再保存视图。</translation>
    </message>
    <message>
        <source>another program</source>
        <translation>另一个程序</translation>
    </message>
    <message>
        <source>The dataset is open read-only: its saved views cannot be changed.</source>
        <translation>数据集以只读方式打开：无法更改其中保存的视图。</translation>
    </message>
    <message>
        <source>A saved view&apos;s name cannot hold a comma: export-report --saved lists names with commas.</source>
        <translation>保存的视图名称不能包含逗号：export-report --saved 用逗号分隔名称。</translation>
    </message>
</context>
<context>
    <name>TrendScope::SavedViewActions</name>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>Save &amp;View…</source>
        <translation>保存视图(&amp;V)…</translation>
    </message>
    <message>
        <source>The saved views could not be read: %1</source>
        <translation>无法读取保存的视图：%1</translation>
    </message>
    <message>
        <source>No saved views in this dataset</source>
        <translation>此数据集中没有保存的视图</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>保存于 %1</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>No dataset is open.</source>
        <translation>没有打开数据集。</translation>
    </message>
    <message>
        <source>Save View</source>
        <translation>保存视图</translation>
    </message>
    <message>
        <source>The dataset is open read-only: a view cannot be saved into it.</source>
        <translation>数据集以只读方式打开：无法将视图保存到其中。</translation>
    </message>
    <message>
        <source>A saved view named “%1” exists. Replace it?</source>
        <translation>已有名为“%1”的保存视图。要替换吗？</translation>
    </message>
    <message>
        <source>Saved the view “%1” in the dataset</source>
        <translation>已将视图“%1”保存到数据集</translation>
    </message>
    <message>
        <source>“%1” compared editions this dataset no longer has: compare is off</source>
        <translation>“%1”对比的版本已不在此数据集中：已关闭对比</translation>
    </message>
    <message>
        <source>Showing the saved view “%1”</source>
        <translation>正在显示保存的视图“%1”</translation>
    </message>
    <message>
        <source>Delete Saved View</source>
        <translation>删除保存的视图</translation>
    </message>
    <message>
        <source>Delete the saved view “%1” from the dataset?</source>
        <translation>要从数据集中删除保存的视图“%1”吗？</translation>
    </message>
    <message>
        <source>Deleted the saved view “%1”</source>
        <translation>已删除保存的视图“%1”</translation>
    </message>
    <message>
        <source>Name for this view with its filters, focus, compare setting, name order and export settings (kept in the dataset):</source>
        <translation>为此视图（含筛选、焦点、对比设置、名称顺序和导出设置）命名（保存在数据集中）：</translation>
    </message>
    <message>
        <source>Saved Vie&amp;ws</source>
        <translation>保存的视图(&amp;W)</translation>
    </message>
</context>
<context>
    <name>TrendScope::SchemaContract</name>
    <message>
        <source>missing table %1</source>
        <translation>缺少表 %1</translation>
    </message>
    <message>
        <source>missing view %1</source>
        <translation>缺少视图 %1</translation>
    </message>
    <message>
        <source>missing index %1</source>
        <translation>缺少索引 %1</translation>
    </message>
    <message>
        <source>missing trigger %1</source>
        <translation>缺少触发器 %1</translation>
    </message>
    <message>
        <source>missing %1 %2</source>
        <translation>缺少 %1 %2</translation>
    </message>
    <message>
        <source>unknown table %1</source>
        <translation>未知的表 %1</translation>
    </message>
    <message>
        <source>unknown view %1</source>
        <translation>未知的视图 %1</translation>
    </message>
    <message>
        <source>unknown index %1</source>
        <translation>未知的索引 %1</translation>
    </message>
    <message>
        <source>unknown trigger %1</source>
        <translation>未知的触发器 %1</translation>
    </message>
    <message>
        <source>unknown %1 %2</source>
        <translation>未知的 %1 %2</translation>
    </message>
    <message>
        <source>table %1 differs from its definition</source>
        <translation>表 %1 与其定义不符</translation>
    </message>
    <message>
        <source>view %1 differs from its definition</source>
        <translation>视图 %1 与其定义不符</translation>
    </message>
    <message>
        <source>index %1 differs from its definition</source>
        <translation>索引 %1 与其定义不符</translation>
    </message>
    <message>
        <source>trigger %1 differs from its definition</source>
        <translation>触发器 %1 与其定义不符</translation>
    </message>
    <message>
        <source>%1 %2 differs from its definition</source>
        <translation>%1 %2 与其定义不符</translation>
    </message>
    <message>
        <source>table</source>
        <translation>表</translation>
    </message>
    <message>
        <source>view</source>
        <translation>视图</translation>
    </message>
    <message>
        <source>index</source>
        <translation>索引</translation>
    </message>
    <message>
        <source>trigger</source>
        <translation>触发器</translation>
    </message>
    <message>
        <source>no migration reaches version %1</source>
        <translation>没有迁移脚本能升级到版本 %1</translation>
    </message>
    <message>
        <source>%1 is a %2, not a %3</source>
        <translation>%1 是%2，而不是%3</translation>
    </message>
    <message>
        <source>column %1 of table %2 missing</source>
        <translation>表 %2 缺少列 %1</translation>
    </message>
    <message>
        <source>column %1 of table %2 is declared &quot;%3%4&quot;, not &quot;%5%6&quot;</source>
        <translation>表 %2 的列 %1 声明为“%3%4”，而不是“%5%6”</translation>
    </message>
    <message>
        <source>unknown column %1 of table %2</source>
        <translation>表 %2 中有未知的列 %1</translation>
    </message>
</context>
<context>
    <name>TrendScope::ServerDialog</name>
    <message>
        <source>Open Server Dataset</source>
        <translation>打开服务器数据集</translation>
    </message>
    <message>
        <source>from ~/.pgpass when left empty</source>
        <translation>留空则使用 ~/.pgpass</translation>
    </message>
    <message>
        <source>Connection &amp;URI:</source>
        <translation>连接 URI(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>The password is used for this connection only and is never saved. What your database role may do decides whether you can edit.</source>
        <translation>密码只用于本次连接，从不保存。你能否编辑取决于你的数据库角色的权限。</translation>
    </message>
    <message>
        <source>Give a connection URI that starts with postgresql://</source>
        <translation>请输入以 postgresql:// 开头的连接 URI</translation>
    </message>
    <message>
        <source>This is not a connection URI.</source>
        <translation>这不是连接 URI。</translation>
    </message>
</context>
<context>
    <name>TrendScope::SurveyChart</name>
    <message>
        <source>Percent of respondents</source>
        <translation>受访者占比</translation>
    </message>
    <message>
        <source>Survey results</source>
        <translation>调查结果</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) without a percent not drawn</source>
        <translation>
            <numerusform>%n 个没有百分比的回答未绘出</numerusform>
        </translation>
    </message>
    <message>
        <source>survey answers</source>
        <translation>调查回答</translation>
    </message>
</context>
<context>
    <name>TrendScope::SurveyModel</name>
    <message>
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>回答</translation>
    </message>
    <message>
        <source>Percent</source>
        <translation>百分比</translation>
    </message>
    <message>
        <source>Respondents</source>
        <translation>受访人数</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source> (rank %1)</source>
        <translation>（第 %1 名）</translation>
    </message>
    <message>
        <source>, N = %1</source>
        <translation>，N = %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A survey answer and its share: &quot;GitHub Copilot: 64.5%&quot;</extracomment>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>TrendScope::TimeAxisPlot</name>
    <message>
        <source>Drag or wheel to pan and zoom the time axis; keys + − ← → and 0 on the chart</source>
        <translation>拖动或滚动滚轮可平移、缩放时间轴；在图表上也可用 + − ← → 和 0 键</translation>
    </message>
</context>
<context>
    <name>TrendScope::TimelineModel</name>
    <message>
        <source>AI</source>
        <translation>AI</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>Compute</source>
        <translation>算力</translation>
    </message>
    <message>
        <source>Digital economy</source>
        <translation>数字经济</translation>
    </message>
    <message>
        <source>Hot news</source>
        <translation>热点新闻</translation>
    </message>
    <message>
        <source>Cloud pricing</source>
        <translation>云定价</translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation>云</translation>
    </message>
    <message>
        <source>Leader moves</source>
        <translation>头部企业动向</translation>
    </message>
    <message>
        <source>On-device AI</source>
        <translation>端侧 AI</translation>
    </message>
    <message>
        <source>Data assets</source>
        <translation>数据资产</translation>
    </message>
    <message>
        <source>Investment</source>
        <translation>投资</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>市场</translation>
    </message>
    <message>
        <source>Forecasts</source>
        <translation>预测</translation>
    </message>
    <message>
        <source>Policies</source>
        <translation>政策</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>政策</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Issuer / organization</source>
        <translation>发布机构 / 组织</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>date not stated</source>
        <translation>日期未说明</translation>
    </message>
    <message>
        <source>Trends</source>
        <translation>趋势</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>趋势</translation>
    </message>
</context>
<context>
    <name>TrendScope::TrainingRunModel</name>
    <message>
        <source>Derived by TrendScope, not stated in the report: 6 × parameters × tokens</source>
        <translation>由 TrendScope 推算，报告未说明：6 × 参数量 × token 数</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>参数量</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Token 数</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>天数</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPU 数量</translation>
    </message>
    <message>
        <source>GPU type</source>
        <translation>GPU 型号</translation>
    </message>
    <message>
        <source>Compute (derived)</source>
        <translation>算力（推算）</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Derived, not stated in the report: 6 × parameters × tokens</source>
        <translation>推算值，报告未说明：6 × 参数量 × token 数</translation>
    </message>
    <message>
        <source>(the usual estimate of training compute for dense transformers)</source>
        <translation>（稠密 Transformer 训练算力的常用估算）</translation>
    </message>
    <message>
        <source>Not computed: needs both parameters and tokens, and the report does not state both.</source>
        <translation>未计算：需要参数量和 token 数，而报告未同时给出。</translation>
    </message>
    <message>
        <source>Inputs from: %1</source>
        <translation>输入数据来自：%1</translation>
    </message>
    <message>
        <source>%1 FLOPs</source>
        <extracomment>training compute: a count of floating-point operations</extracomment>
        <translation>%1 次浮点运算</translation>
    </message>
</context>
<context>
    <name>TrendScope::ViewRegistry</name>
    <message>
        <source>Technology maturity curve</source>
        <translation>技术成熟度曲线</translation>
    </message>
    <message>
        <source>Funding shares</source>
        <translation>融资占比</translation>
    </message>
    <message>
        <source>AI model leaderboard</source>
        <translation>AI 大模型榜单</translation>
    </message>
    <message>
        <source>Cloud price cuts</source>
        <translation>云厂商降价</translation>
    </message>
    <message>
        <source>Policies and events</source>
        <translation>政策与事件</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>变化一览</translation>
    </message>
</context>
<context>
    <name>TrendScope::Workspace</name>
    <message>
        <source>Checking %1</source>
        <translation>正在检查 %1</translation>
    </message>
    <message>
        <source>Loading %1</source>
        <translation>正在加载 %1</translation>
    </message>
    <message>
        <source>Connecting to %1</source>
        <translation>正在连接 %1</translation>
    </message>
</context>
</TS>
