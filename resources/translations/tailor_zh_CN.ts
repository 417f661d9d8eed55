<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AssociationRules</name>
    <message>
        <location filename="../../core/recommend/associationrules.cpp" line="+47"/>
        <location line="+9"/>
        <location line="+39"/>
        <source>Could not read the order lines: %1</source>
        <translation>无法读取订单明细：%1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Association rules need at least one basket; there are none.</source>
        <translation>关联规则至少需要一个购物篮，但当前没有。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Association rules need between 1 and 2097151 items (got %1).</source>
        <translation>关联规则需要 1 到 2097151 个商品（当前为 %1）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The minimum support must be above 0 and at most 1 (got %1).</source>
        <translation>最小支持度必须大于 0 且不超过 1（当前为 %1）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The minimum confidence must be between 0 and 1 (got %1).</source>
        <translation>最小置信度必须介于 0 和 1 之间（当前为 %1）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Association rules use itemsets of 2 or 3 items (got %1).</source>
        <translation>关联规则使用 2 或 3 个商品的项集（当前为 %1）。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Basket %1 holds item %2, outside 0..%3.</source>
        <translation>购物篮 %1 包含商品 %2，超出范围 0..%3。</translation>
    </message>
</context>
<context>
    <name>BiasedMf</name>
    <message>
        <location filename="../../core/recommend/biasedmf.cpp" line="+39"/>
        <source>Matrix factorization needs at least one factor (factors = %1).</source>
        <translation>矩阵分解至少需要一个因子（因子数 = %1）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Matrix factorization needs at least one epoch (epochs = %1).</source>
        <translation>矩阵分解至少需要一轮训练（轮数 = %1）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Matrix factorization needs a positive learning rate and non-negative regularization.</source>
        <translation>矩阵分解需要正的学习率和非负的正则化系数。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The kNN blend needs a weight between 0 and 1, at least one neighbour and a non-negative shrinkage.</source>
        <translation>kNN 混合需要介于 0 和 1 之间的权重、至少一个近邻以及非负的收缩系数。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Matrix factorization needs ratings to learn from; the training set has none.</source>
        <translation>矩阵分解需要评分数据来学习，但训练集中没有评分。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A rating refers to a negative user or item index.</source>
        <translation>某条评分引用了负的用户或商品索引。</translation>
    </message>
</context>
<context>
    <name>Bpr</name>
    <message>
        <location filename="../../core/recommend/bpr.cpp" line="+31"/>
        <source>BPR needs at least one factor (factors = %1).</source>
        <translation>BPR 至少需要一个因子（因子数 = %1）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>BPR needs at least one epoch (epochs = %1).</source>
        <translation>BPR 至少需要一轮训练（轮数 = %1）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>BPR needs a positive learning rate and non-negative regularization.</source>
        <translation>BPR 需要正的学习率和非负的正则化系数。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>BPR needs purchases or ratings to learn from; the training set has none.</source>
        <translation>BPR 需要购买或评分数据来学习，但训练集中没有。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>BPR needs at least two items.</source>
        <translation>BPR 至少需要两个商品。</translation>
    </message>
</context>
<context>
    <name>ByteSource</name>
    <message>
        <location filename="../../core/importing/bytesource.cpp" line="+29"/>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cannot open %1: out of memory</source>
        <translation>无法打开 %1：内存不足</translation>
    </message>
    <message>
        <location line="+122"/>
        <location line="+23"/>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 is truncated: the compressed data ends unexpectedly. Copy or download the file again.</source>
        <translation>%1 不完整：压缩数据意外结束。请重新复制或下载该文件。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot read %1: out of memory</source>
        <translation>无法读取 %1：内存不足</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not a valid gzip file (%2). The file may be damaged.</source>
        <translation>%1 不是有效的 gzip 文件（%2）。文件可能已损坏。</translation>
    </message>
</context>
<context>
    <name>CampaignBuilder</name>
    <message>
        <location filename="../../core/campaigns/campaignbuilder.cpp" line="+149"/>
        <source>Subject template (%1): %2</source>
        <translation>邮件主题模板（%1）：%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Message template (%1): %2</source>
        <translation>消息模板（%1）：%2</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>our bestseller</source>
        <translation>我们的畅销商品</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>A campaign needs a name of 1 to 120 characters.</source>
        <translation>营销活动名称须为 1 到 120 个字符。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The holdout fraction must be between 0 and 0.9.</source>
        <translation>留出比例必须介于 0 和 0.9 之间。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Linking the campaign to an experiment needs a holdout (for example 0.1).</source>
        <translation>将营销活动关联到实验需要设置留出组（例如 0.1）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot start a transaction: %1</source>
        <translation>无法开始事务：%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>There is no segment named &quot;%1&quot;. Create it first (segment rfm, segment rule...).</source>
        <translation>不存在名为“%1”的客户分群。请先创建（segment rfm、segment rule...）。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The experiment &quot;%1&quot; has no arm &quot;%2&quot;.</source>
        <translation>实验“%1”中没有分组“%2”。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the campaign&apos;s audience: a segment or an experiment arm.</source>
        <translation>请选择营销活动的受众：一个客户分群或一个实验分组。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A campaign named &quot;%1&quot; exists already; choose another name or replace it.</source>
        <translation>名为“%1”的营销活动已存在；请换一个名称或替换它。</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The offer rules test the segment &quot;%1&quot;, which is empty or does not exist.</source>
        <translation>优惠规则用到的客户分群“%1”为空或不存在。</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+275"/>
        <source>Cannot save the campaign: %1</source>
        <translation>无法保存营销活动：%1</translation>
    </message>
    <message>
        <location line="-261"/>
        <location line="+164"/>
        <source>Cannot read the audience: %1</source>
        <translation>无法读取受众：%1</translation>
    </message>
    <message>
        <location line="-101"/>
        <source>Holdout: not contacted, to measure the campaign&apos;s effect.</source>
        <translation>留出组：不触达，用于衡量营销活动的效果。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+95"/>
        <source>Cannot save the campaign members: %1</source>
        <translation>无法保存营销活动成员：%1</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>Budget cap reached for &quot;%1&quot;. </source>
        <translation>“%1”已达到预算上限。 </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Offer rule &quot;%1&quot;.</source>
        <translation>优惠规则“%1”。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No offer rule matched.</source>
        <translation>没有匹配的优惠规则。</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>%1 customers have no %2; add a default like {{%2|%3}}</source>
        <translation>%1 位客户缺少 %2；请添加默认值，例如 {{%2|%3}}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No stored recommendations for this audience: the rec fields are empty. Compute recommendations first.</source>
        <translation>该受众没有已保存的推荐结果：推荐字段为空。请先计算推荐。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No stored recommendations of algorithm &quot;%1&quot; for this audience: the rec fields are empty. Compute recommendations first.</source>
        <translation>该受众没有算法“%1”的已保存推荐结果：推荐字段为空。请先计算推荐。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>An experiment named &quot;%1&quot; exists already.</source>
        <translation>名为“%1”的实验已存在。</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>There is no segment named &quot;%1&quot;.</source>
        <translation>不存在名为“%1”的客户分群。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Customer %1 is not in the campaign&apos;s audience.</source>
        <translation>客户 %1 不在该营销活动的受众中。</translation>
    </message>
</context>
<context>
    <name>CampaignExportPanel</name>
    <message>
        <location filename="../../ui/widgets/campaignexportpanel.cpp" line="+28"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>CSV (UTF-8)</source>
        <translation>CSV（UTF-8）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plain UTF-8 CSV for other tools</source>
        <translation>通用 UTF-8 CSV，适用于其他工具</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV for Excel (UTF-8 with BOM)</source>
        <translation>适用于 Excel 的 CSV（带 BOM 的 UTF-8）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel opens accented and Chinese text correctly with the byte-order mark</source>
        <translation>带字节顺序标记（BOM）时，Excel 能正确显示中文和带重音的文字</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Excel workbook (XLSX)</source>
        <translation>Excel 工作簿（XLSX）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mailchimp import CSV</source>
        <translation>Mailchimp 导入 CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail address, names, tags and merge fields; members without an e-mail are skipped</source>
        <translation>电子邮箱、姓名、标签和合并字段；没有电子邮箱的成员将被跳过</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hashed audience (SHA-256, for ad platforms)</source>
        <translation>哈希受众（SHA-256，用于广告平台）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Normalized, hashed e-mail and phone; no names or other data leave the project</source>
        <translation>规范化并哈希处理的邮箱和手机号；姓名等其他数据不会离开项目</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose where to save the file</source>
        <translation>选择文件的保存位置</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write the campaign&apos;s contacted members (holdout excluded) to the file</source>
        <translation>将营销活动中需触达的成员（不含留出组）写入文件</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export campaign</source>
        <translation>导出营销活动</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Exported 1 row to %1.</source>
        <translation>已导出 1 行到 %1。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exported %1 rows to %2.</source>
        <translation>已导出 %1 行到 %2。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 holdout members were left out.</source>
        <translation>已排除 %1 位留出组成员。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 members without a usable contact were skipped.</source>
        <translation>已跳过 %1 位没有可用联系方式的成员。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export cancelled. No file was written.</source>
        <translation>导出已取消，未写入任何文件。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export failed.</source>
        <translation>导出失败。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
</context>
<context>
    <name>CampaignExporter</name>
    <message>
        <location filename="../../core/campaigns/campaignexporter.cpp" line="+816"/>
        <source>There is no campaign named &quot;%1&quot;.</source>
        <translation>不存在名为“%1”的营销活动。</translation>
    </message>
    <message>
        <location line="+39"/>
        <location line="+54"/>
        <location line="+46"/>
        <location line="+14"/>
        <location line="+34"/>
        <source>Reading the campaign members</source>
        <translation>正在读取营销活动成员</translation>
    </message>
    <message>
        <location line="-86"/>
        <location line="+4"/>
        <location line="+107"/>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The file was written but the export could not be recorded: %1</source>
        <translation>文件已写入，但无法记录本次导出：%1</translation>
    </message>
</context>
<context>
    <name>CampaignListModel</name>
    <message>
        <location filename="../../ui/models/campaignlistmodel.cpp" line="+55"/>
        <source>(experiment arm)</source>
        <translation>（实验分组）</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Opted out: %1
No contact for the channel: %2
Frequency cap: %3</source>
        <translation>已退订：%1
该渠道无联系方式：%2
频次限制：%3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Of the %1 contacted members; %2 responses imported</source>
        <translation>基于 %1 位已触达成员；已导入 %2 条响应</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No responses imported yet. Use &quot;Import responses…&quot;.</source>
        <translation>尚未导入响应数据。请使用“导入响应…”。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Members held back to measure the campaign&apos;s effect; never exported</source>
        <translation>为衡量营销活动效果而留出的成员；不会被导出</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Campaign</source>
        <translation>营销活动</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Segment</source>
        <translation>客户分群</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audience</source>
        <translation>受众</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Holdout</source>
        <translation>留出组</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excluded</source>
        <translation>已排除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exports</source>
        <translation>导出次数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opened</source>
        <translation>打开</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clicked</source>
        <translation>点击</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Converted</source>
        <translation>转化</translation>
    </message>
</context>
<context>
    <name>CampaignOffersModel</name>
    <message>
        <location filename="../../ui/models/campaignoffersmodel.cpp" line="+46"/>
        <source>rule %1</source>
        <translation>规则 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Free shipping</source>
        <translation>包邮</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Add at least one offer rule.</source>
        <translation>请至少添加一条优惠规则。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rule %1 has no offer text.</source>
        <translation>规则 %1 没有填写优惠内容。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Rule %1: %2 needs a number.</source>
        <translation>规则 %1：%2 需要填写数字。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rule %1: enter a value for %2.</source>
        <translation>规则 %1：请为 %2 输入一个值。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Everyone</source>
        <translation>所有人</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved segment</source>
        <translation>已保存的客户分群</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>RFM segment</source>
        <translation>RFM 客户分群</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Country</source>
        <translation>国家/地区</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Predicted 12-month value</source>
        <translation>预测 12 个月价值</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revenue</source>
        <translation>消费金额</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Orders</source>
        <translation>订单数</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>is</source>
        <translation>等于</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is not</source>
        <translation>不等于</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is less than</source>
        <translation>小于</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is at most</source>
        <translation>不超过</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is more than</source>
        <translation>大于</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is at least</source>
        <translation>不低于</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is one of</source>
        <translation>属于</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is none of</source>
        <translation>不属于</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Who gets this offer. The first rule that matches a customer wins.</source>
        <translation>谁能获得此优惠。客户匹配的第一条规则生效。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source> (and %1 more conditions)</source>
        <translation>（以及另外 %1 个条件）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Separate the values with commas</source>
        <translation>多个值之间用逗号分隔</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The offer text, merged into the message as {{offer}}</source>
        <translation>优惠内容，以 {{offer}} 合并到消息中</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Give each customer of this rule a unique coupon code</source>
        <translation>为该规则的每位客户生成唯一的优惠券码</translation>
    </message>
    <message>
        <location line="+133"/>
        <source>Coupon value as a percentage of an order; 0 means no coupon</source>
        <translation>优惠券面值占订单金额的百分比；0 表示不发优惠券</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>When</source>
        <translation>依据</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Condition</source>
        <translation>条件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offer</source>
        <translation>优惠</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discount</source>
        <translation>折扣</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coupon</source>
        <translation>优惠券</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coupon prefix</source>
        <translation>优惠券前缀</translation>
    </message>
</context>
<context>
    <name>CampaignRatesChart</name>
    <message>
        <location filename="../../ui/charts/campaignrateschart.cpp" line="+24"/>
        <source>No responses imported yet.
Import the opens, clicks and purchases your mailing tool reports with &quot;Import responses…&quot;.</source>
        <translation>尚未导入响应数据。
请通过“导入响应…”导入邮件工具报告的打开、点击和购买数据。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Rate</source>
        <translation>比率</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Converted</source>
        <translation>转化</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clicked</source>
        <translation>点击</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opened</source>
        <translation>打开</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 %2 %</source>
        <translation>%1 %2 %</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Responses of %1 contacted members</source>
        <translation>%1 位已触达成员的响应</translation>
    </message>
</context>
<context>
    <name>CampaignStore</name>
    <message>
        <location filename="../../core/campaigns/campaignstore.cpp" line="+40"/>
        <source>Cannot list the campaigns: %1</source>
        <translation>无法列出营销活动：%1</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+38"/>
        <source>There is no campaign named &quot;%1&quot;.</source>
        <translation>不存在名为“%1”的营销活动。</translation>
    </message>
</context>
<context>
    <name>CampaignWizard</name>
    <message>
        <location filename="../../ui/wizards/campaignwizard.cpp" line="+141"/>
        <source>New campaign</source>
        <translation>新建营销活动</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Audience</source>
        <translation>受众</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who the campaign is for, how it reaches them, and who is held back.</source>
        <translation>营销活动面向谁、通过什么渠道触达，以及留出哪些客户。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For example: Spring early access</source>
        <translation>例如：春季抢先购</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A saved &amp;segment</source>
        <translation>已保存的客户分群(&amp;S)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An &amp;experiment arm</source>
        <translation>实验分组(&amp;E)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Loading segments…</source>
        <translation>正在加载客户分群…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Automatic (e-mail when the data has e-mail addresses)</source>
        <translation>自动（数据中有电子邮箱时使用电子邮件）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+786"/>
        <source>SMS</source>
        <translation>短信</translation>
    </message>
    <message>
        <location line="-785"/>
        <source>Ad audience (hashed e-mail or phone)</source>
        <translation>广告受众（哈希处理的邮箱或手机号）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export only (matched by customer id)</source>
        <translation>仅导出（按客户 ID 匹配）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers without a contact for the channel are excluded; &quot;Export only&quot; excludes nobody for lack of a contact.</source>
        <translation>该渠道下没有联系方式的客户会被排除；“仅导出”不会因缺少联系方式而排除任何人。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No holdout</source>
        <translation>不留出</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A random share of the audience that does not get the message, to measure the campaign&apos;s real effect</source>
        <translation>随机留出一部分受众不发送消息，用于衡量营销活动的真实效果</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create an experiment &quot;Campaign vs Holdout&quot; to measure the lift</source>
        <translation>创建“营销活动 vs 留出组”实验以衡量提升</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+196"/>
        <source>No cap</source>
        <translation>不限制</translation>
    </message>
    <message>
        <location line="-194"/>
        <source>Leave out customers who were sent another campaign in this many days</source>
        <translation>排除在此天数内已收到其他营销活动的客户</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audience:</source>
        <translation>受众：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Channel:</source>
        <translation>渠道(&amp;C)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Holdout:</source>
        <translation>留出组(&amp;H)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Frequency cap:</source>
        <translation>频次限制(&amp;F)：</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MMM yyyy</source>
        <comment>month in the default campaign name</comment>
        <translation>yyyy年M月</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Cannot read the project</source>
        <translation>无法读取项目</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 — %2 customers</source>
        <translation>%1 — %2 位客户</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No saved segments</source>
        <translation>没有已保存的客户分群</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 / %2 — %3 customers</source>
        <translation>%1 / %2 — %3 位客户</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The project has no experiments yet</source>
        <translation>项目中还没有实验</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Loading the project&apos;s segments…</source>
        <translation>正在加载项目的客户分群…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The project has no saved segments or experiments. Build segments on the Segments page first.</source>
        <translation>项目中没有已保存的客户分群或实验。请先在“客户分群”页面创建分群。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Give the campaign a name.</source>
        <translation>请为营销活动命名。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A campaign named &quot;%1&quot; exists. Choose another name, or delete it on the Campaigns page.</source>
        <translation>名为“%1”的营销活动已存在。请换一个名称，或在“营销活动”页面中删除它。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Opted-out customers, customers without a contact for the channel%1 are left out; the summary page counts each group before anything is exported.</source>
        <translation>已退订的客户、该渠道下没有联系方式的客户%1将被排除；导出前，汇总页会统计每一类的人数。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> and customers sent a campaign in the last %1 days</source>
        <translation>，以及最近 %1 天内已收到营销活动的客户</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 % of the remaining customers, chosen at random, are held out and get nothing.</source>
        <translation>其余客户中随机留出 %1 %，他们不会收到任何内容。</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+527"/>
        <source>Offers</source>
        <translation>优惠</translation>
    </message>
    <message>
        <location line="-526"/>
        <source>Rules decide each customer&apos;s offer; the first rule that matches wins. Double-click a cell to change it.</source>
        <translation>规则决定每位客户获得的优惠；第一条匹配的规则生效。双击单元格即可修改。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Add rule</source>
        <translation>添加规则(&amp;A)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a rule above the selected one</source>
        <translation>在所选规则上方添加一条规则</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move &amp;up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move &amp;down</source>
        <translation>下移(&amp;D)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Default rules</source>
        <translation>默认规则</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Champions get early access, At Risk customers 15% off with a coupon, everyone else free shipping</source>
        <translation>Champions（重要价值客户）获得抢先体验，At Risk（流失风险客户）获得 15% 折扣优惠券，其他客户包邮</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cap on the total estimated discount (discount % × the customer&apos;s average order). Customers over the cap fall through to the next rule without a coupon.</source>
        <translation>预估折扣总额的上限（折扣 % × 客户的客单价）。超出上限的客户将转入下一条规则，且不发放优惠券。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Include each customer&apos;s top 3 recommended products</source>
        <translation>附上每位客户的前 3 个推荐商品</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Budget cap:</source>
        <translation>预算上限(&amp;B)：</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Recommended products fill {{rec1.name}} … {{rec3.sku}} in the message and the export.</source>
        <translation>推荐商品会填入消息和导出文件中的 {{rec1.name}} … {{rec3.sku}}。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No recommendations are stored in this project yet. Generate them on the Recommendations page first; until then {{rec1.name}} … {{rec3.sku}} stay empty.</source>
        <translation>该项目中还没有保存推荐结果。请先在“推荐”页面生成；在此之前 {{rec1.name}} … {{rec3.sku}} 将为空。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject and body per language. Insert fields from the palette; {{first_name|there}} renders &quot;there&quot; when the first name is missing.</source>
        <translation>按语言分别设置主题和正文。从字段面板插入字段；名字缺失时，{{first_name|there}} 会显示为“there”。</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+174"/>
        <location line="+130"/>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location line="-283"/>
        <source>&amp;Subject:</source>
        <translation>主题(&amp;S)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Body:</source>
        <translation>正文(&amp;B)：</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>By country (China, Taiwan, Hong Kong, Singapore get 简体中文)</source>
        <translation>按国家/地区（中国大陆、台湾、香港、新加坡使用简体中文）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Everyone gets English</source>
        <translation>所有人都使用 English</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everyone gets 简体中文</source>
        <translation>所有人都使用简体中文</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Double-click a field to insert it where the cursor is</source>
        <translation>双击字段即可插入到光标位置</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Text shown only when the customer has a coupon</source>
        <translation>仅在客户有优惠券时显示的文字</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Insert field</source>
        <translation>插入字段(&amp;I)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Search the audience by id, name or e-mail</source>
        <translation>按 ID、姓名或电子邮箱搜索受众</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Loading customers…</source>
        <translation>正在加载客户…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer:</source>
        <translation>客户：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Fields:</source>
        <translation>字段：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Template error</source>
        <translation>模板错误</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Subject: %1</source>
        <translation>主题：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Body: %1</source>
        <translation>正文：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (error)</source>
        <translation>%1（错误）</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The audience is empty</source>
        <translation>受众为空</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No customer matches</source>
        <translation>没有匹配的客户</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Fix the template error to see the preview.</source>
        <translation>修正模板错误后即可查看预览。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose a customer to see the message as they would get it.</source>
        <translation>选择一位客户，查看其将收到的消息。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>No preview: %1</source>
        <translation>无法预览：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Language: %1</source>
        <translation>语言：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offer: %1</source>
        <translation>优惠：%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Coupon: %1 (example; each customer gets a unique code)</source>
        <translation>优惠券：%1（示例；每位客户获得唯一的券码）</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 – holdout test</source>
        <translation>%1 – 留出测试</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Summary</source>
        <translation>汇总</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The campaign is built and saved to the project: exclusions, holdout, offers and a message for every member.</source>
        <translation>营销活动已生成并保存到项目中：包括排除规则、留出组、优惠以及每位成员的消息。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop building; the project stays as it was</source>
        <translation>停止生成；项目保持不变</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Audience and exclusions</source>
        <translation>受众与排除</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Missing data</source>
        <translation>缺失数据</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Building the campaign: exclusions, offers, coupons and messages…</source>
        <translation>正在生成营销活动：排除、优惠、优惠券和消息…</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Cancelled. Nothing was saved; go Back and Next to build again.</source>
        <translation>已取消，未保存任何内容；点击“上一步”再点击“下一步”可重新生成。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The campaign could not be built: %1</source>
        <translation>无法生成营销活动：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Campaign not built</source>
        <translation>营销活动未生成</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>e-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ad audience</source>
        <translation>广告受众</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>export only</source>
        <translation>仅导出</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved &quot;%1&quot; to the project: %2 customers get the message (channel: %3).</source>
        <translation>已将“%1”保存到项目中：%2 位客户将收到消息（渠道：%3）。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Customers in %1</source>
        <translation>%1 中的客户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>− opted out</source>
        <translation>− 已退订</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>− no contact for the channel</source>
        <translation>− 该渠道无联系方式</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>− sent a campaign in the last %1 days (frequency cap)</source>
        <translation>− 最近 %1 天内已收到营销活动（频次限制）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>− frequency cap (off)</source>
        <translation>− 频次限制（关闭）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>− holdout (%1 %)</source>
        <translation>− 留出组（%1 %）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audience: customers who get the message</source>
        <translation>受众：将收到消息的客户</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Coupons</source>
        <translation>优惠券</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Coupons withheld by the budget cap</source>
        <translation>因预算上限未发放的优惠券</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With recommended products</source>
        <translation>含推荐商品</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Estimated discount cost</source>
        <translation>预估折扣成本</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>(no rule matched)</source>
        <translation>（无匹配规则）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No members.</source>
        <translation>没有成员。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No missing fields: every merge field has a value or a default for every member.</source>
        <translation>没有缺失字段：每位成员的每个合并字段都有值或默认值。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the contacted members with their offer, coupon and message to a file. You can export in several formats, and again later from the Campaigns page.</source>
        <translation>将已触达成员连同其优惠、优惠券和消息写入文件。支持多种导出格式，之后也可以在“营销活动”页面再次导出。</translation>
    </message>
</context>
<context>
    <name>CampaignsPage</name>
    <message>
        <location filename="../../ui/pages/campaignspage.cpp" line="+38"/>
        <location line="+19"/>
        <source>Campaigns</source>
        <translation>营销活动</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+236"/>
        <source>New campaign…</source>
        <translation>新建营销活动…</translation>
    </message>
    <message>
        <location line="-235"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import responses…</source>
        <translation>导入响应…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+449"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location line="-441"/>
        <source>Choose an audience, offers and a message, then export the list</source>
        <translation>选择受众、优惠和消息，然后导出名单</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export the selected campaign as CSV, XLSX, Mailchimp or a hashed audience</source>
        <translation>将所选营销活动导出为 CSV、XLSX、Mailchimp 或哈希受众</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read opens, clicks, purchases and revenue per customer (CSV, .csv.gz or XLSX) for the selected campaign</source>
        <translation>为所选营销活动读取每位客户的打开、点击、购买和收入数据（CSV、.csv.gz 或 XLSX）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete the selected campaign with its members, exports and responses</source>
        <translation>删除所选营销活动及其成员、导出记录和响应数据</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Exported</source>
        <translation>导出时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rows</source>
        <translation>行</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>XLSX</source>
        <translation>XLSX</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mailchimp</source>
        <translation>Mailchimp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hashed audience</source>
        <translation>哈希受众</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Export history</source>
        <translation>导出历史</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Response rates</source>
        <translation>响应率</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Delete failed</source>
        <translation>删除失败</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Campaign deleted.</source>
        <translation>营销活动已删除。</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Could not read the campaigns: %1</source>
        <translation>无法读取营销活动：%1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>1 campaign.</source>
        <translation>1 个营销活动。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%L1 campaigns.</source>
        <translation>%L1 个营销活动。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open a project to see its campaigns.</source>
        <translation>打开一个项目以查看其营销活动。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Build segments first: a campaign goes to a saved segment.</source>
        <translation>请先创建客户分群：营销活动面向已保存的客户分群。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No campaigns yet: give a segment personalized offers and messages.</source>
        <translation>还没有营销活动：为客户分群提供个性化的优惠和消息。</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Go to Segments</source>
        <translation>前往客户分群</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Select a campaign to see its exports and responses.</source>
        <translation>选择一个营销活动以查看其导出记录和响应数据。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 — %2 customers contacted, %3 held out</source>
        <translation>%1 — 已触达 %2 位客户，留出 %3 位</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 of %2 contacted members responded: %3 opened, %4 clicked, %5 converted; revenue %6.</source>
        <translation>%2 位已触达成员中有 %1 位响应：%3 位打开，%4 位点击，%5 位转化；收入 %6。</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Export “%1”</source>
        <translation>导出“%1”</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Exported %1 rows of “%2” to %3.</source>
        <translation>已将“%2”的 %1 行导出到 %3。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Import responses</source>
        <translation>导入响应</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Response files (*.csv *.csv.gz *.txt *.xlsx);;All files (*)</source>
        <translation>响应文件 (*.csv *.csv.gz *.txt *.xlsx);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Importing responses for “%1” from %2…</source>
        <translation>正在从 %2 导入“%1”的响应数据…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Imported %1 responses for “%2” (%3 rows read).</source>
        <translation>已为“%2”导入 %1 条响应（读取 %3 行）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 row names a customer not in the project (%1).</source>
        <translation>有 1 行的客户不在项目中（%1）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 rows name customers not in the project (for example %2).</source>
        <translation>有 %1 行的客户不在项目中（例如 %2）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 customer is not a member of the campaign.</source>
        <translation>有 1 位客户不是该营销活动的成员。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 customers are not members of the campaign.</source>
        <translation>有 %1 位客户不是该营销活动的成员。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 row had no customer or an unreadable value.</source>
        <translation>有 1 行没有客户或包含无法读取的值。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 rows had no customer or an unreadable value.</source>
        <translation>有 %1 行没有客户或包含无法读取的值。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The linked experiment&apos;s outcomes were updated.</source>
        <translation>已更新关联实验的结果。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import cancelled. Nothing was changed.</source>
        <translation>导入已取消，未做任何更改。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The responses could not be imported.</source>
        <translation>无法导入响应数据。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import failed</source>
        <translation>导入失败</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Delete campaign</source>
        <translation>删除营销活动</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete “%1” with its members, export history and responses? Exported files are not touched.</source>
        <translation>删除“%1”及其成员、导出历史和响应数据？已导出的文件不受影响。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The campaign could not be deleted.</source>
        <translation>无法删除该营销活动。</translation>
    </message>
</context>
<context>
    <name>ClusterScatterChart</name>
    <message>
        <location filename="../../ui/charts/clusterscatterchart.cpp" line="+28"/>
        <source>Customers on the two main components</source>
        <translation>客户在两个主成分上的分布</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Customers on the two main components (a sample of %L1)</source>
        <translation>客户在两个主成分上的分布（抽样 %L1 位）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cluster %1</source>
        <translation>簇 %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Component 1</source>
        <translation>主成分 1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Component 2</source>
        <translation>主成分 2</translation>
    </message>
</context>
<context>
    <name>Clv</name>
    <message>
        <location filename="../../core/segments/clv.cpp" line="+238"/>
        <source>The end of the observation period is not a valid date.</source>
        <translation>观察期结束日期无效。</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+19"/>
        <location line="+35"/>
        <source>Cannot read the order lines: %1</source>
        <translation>无法读取订单明细：%1</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>The project has no purchases. Import order data first.</source>
        <translation>项目中没有购买记录。请先导入订单数据。</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>There are no customers to fit the purchase model to.</source>
        <translation>没有可用于拟合购买模型的客户。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No customer bought more than once, so repeat purchases cannot be modelled.</source>
        <translation>没有客户购买超过一次，因此无法对复购建模。</translation>
    </message>
    <message>
        <location line="+48"/>
        <location line="+129"/>
        <source>The fit was cancelled.</source>
        <translation>拟合已取消。</translation>
    </message>
    <message>
        <location line="-127"/>
        <source>The purchase model could not be evaluated on this data (log-likelihood is not finite).</source>
        <translation>无法在该数据上计算购买模型（对数似然不是有限值）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The purchase model did not converge within %1 iterations.</source>
        <translation>购买模型在 %1 次迭代内未收敛。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The purchase model drifted to an extreme parameter value: the data do not identify it. Try a small penalizer or a longer observation period.</source>
        <translation>购买模型漂移到了极端参数值：数据无法识别该参数。请尝试较小的惩罚项或更长的观察期。</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Only %1 customers bought more than once with a positive value (%2 left out for a zero or negative value); the spend model needs at least %3.</source>
        <translation>只有 %1 位客户以正金额多次购买（另有 %2 位因金额为零或负数被排除）；消费金额模型至少需要 %3 位。</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The spend model could not be evaluated on this data (log-likelihood is not finite).</source>
        <translation>无法在该数据上计算消费金额模型（对数似然不是有限值）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The spend model did not converge within %1 iterations.</source>
        <translation>消费金额模型在 %1 次迭代内未收敛。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The spend model drifted to an extreme parameter value: the data do not identify it. Try a small penalizer.</source>
        <translation>消费金额模型漂移到了极端参数值：数据无法识别该参数。请尝试较小的惩罚项。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The spend model&apos;s q is %1 (at most 1), so the expected order value is undefined.</source>
        <translation>消费金额模型的 q 为 %1（不超过 1），因此无法定义预期客单价。</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>No customer bought anything up to %1. Import order data or choose a later end date.</source>
        <translation>截至 %1 没有任何客户消费。请导入订单数据或选择更晚的结束日期。</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Cannot save the customer lifetime values: %1</source>
        <translation>无法保存客户生命周期价值：%1</translation>
    </message>
    <message>
        <location line="+54"/>
        <location line="+11"/>
        <source>Cannot save lifetime values: %1</source>
        <translation>无法保存生命周期价值：%1</translation>
    </message>
</context>
<context>
    <name>ColumnMapper</name>
    <message>
        <location filename="../../core/importing/columnmapping.cpp" line="+70"/>
        <source>Customer ID</source>
        <translation>客户 ID</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Product code (SKU)</source>
        <translation>商品编码（SKU）</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Transactions</source>
        <translation>交易</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Products</source>
        <translation>商品</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ratings</source>
        <translation>评分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Experiment</source>
        <translation>实验</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Campaign responses</source>
        <translation>营销活动响应</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Order number</source>
        <translation>订单号</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Order date</source>
        <translation>下单日期</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+38"/>
        <source>Country</source>
        <translation>国家/地区</translation>
    </message>
    <message>
        <location line="-37"/>
        <location line="+20"/>
        <source>Email</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Customer name</source>
        <translation>客户姓名</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+56"/>
        <source>Category</source>
        <translation>品类</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>First name</source>
        <translation>名</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last name</source>
        <translation>姓</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Phone</source>
        <translation>手机号</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Birth date or year</source>
        <translation>出生日期或年份</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sign-up date</source>
        <translation>注册日期</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Opted out</source>
        <translation>已退订</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Income</source>
        <translation>收入</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Product name</source>
        <translation>商品名称</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rating</source>
        <translation>评分</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rated at</source>
        <translation>评分时间</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Test arm</source>
        <translation>实验分组</translation>
    </message>
    <message>
        <location line="+147"/>
        <source>Unknown field &quot;%1&quot; for %2 imports. Valid fields: %3.</source>
        <translation>%2 导入中没有字段“%1”。有效字段：%3。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The file has no column &quot;%1&quot; (for field &quot;%2&quot;). Columns: %3. A 1-based column number also works.</source>
        <translation>文件中没有列“%1”（对应字段“%2”）。现有列：%3。也可以使用从 1 开始的列号。</translation>
    </message>
</context>
<context>
    <name>ContentRecommender</name>
    <message>
        <location filename="../../core/recommend/contentrecommender.cpp" line="+91"/>
        <source>The content recommender needs the product names and categories; none were given.</source>
        <translation>基于内容的推荐需要商品名称和品类，但未提供。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The content recommender needs at least one product.</source>
        <translation>基于内容的推荐至少需要一个商品。</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The content recommender found no words in the product names and categories.</source>
        <translation>基于内容的推荐在商品名称和品类中没有找到任何词语。</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <location filename="../../core/importing/columnmapping.cpp" line="-117"/>
        <location filename="../../core/importing/csvreader.cpp" line="+224"/>
        <location line="+5"/>
        <source>Column %1</source>
        <translation>第 %1 列</translation>
    </message>
    <message>
        <location filename="../../core/importing/csvreader.cpp" line="-79"/>
        <location line="+54"/>
        <source>%1 is empty</source>
        <translation>%1 为空</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>The text encoding %1 is not supported. Choose one of %2.</source>
        <translation>不支持文本编码 %1。请从 %2 中选择。</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+4"/>
        <source>%1 is not a text file</source>
        <translation>%1 不是文本文件</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The text encoding %1 is not available on this system.</source>
        <translation>此系统不支持文本编码 %1。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The delimiter &quot;%1&quot; cannot be used: use one or two characters other than quotes and line breaks.</source>
        <translation>分隔符“%1”无法使用：请使用一到两个字符，且不能是引号或换行符。</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1: the header row cannot be read. %2</source>
        <translation>%1：无法读取表头行。%2</translation>
    </message>
    <message>
        <location line="+207"/>
        <source>Line %1: the quote opened on line %2 is never closed</source>
        <translation>第 %1 行：第 %2 行开始的引号没有闭合</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Line %1: the record is longer than %2 characters</source>
        <translation>第 %1 行：记录长度超过 %2 个字符</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Line %1: the text is not valid %2. Choose the file&apos;s encoding in the import settings and try again.</source>
        <translation>第 %1 行：文本不是有效的 %2。请在导入设置中选择文件的编码后重试。</translation>
    </message>
    <message>
        <location line="+266"/>
        <source>%1 Reading stopped at line %2.</source>
        <translation>%1 读取在第 %2 行停止。</translation>
    </message>
</context>
<context>
    <name>CustomerFeatureTable</name>
    <message>
        <location filename="../../core/segments/customerfeatures.cpp" line="+15"/>
        <source>recency</source>
        <translation>最近消费间隔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>orders</source>
        <translation>订单数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>spend</source>
        <translation>消费金额</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tenure</source>
        <translation>客户时长</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>basket size</source>
        <translation>购物篮大小</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>return rate</source>
        <translation>退货率</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>units bought</source>
        <translation>购买件数</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>lapsed</source>
        <translation>久未消费</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>recent</source>
        <translation>近期消费</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>frequent</source>
        <translation>高频</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>infrequent</source>
        <translation>低频</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>high spend</source>
        <translation>高消费</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>low spend</source>
        <translation>低消费</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>long-standing</source>
        <translation>老客户</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>newer</source>
        <translation>新客户</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>large baskets</source>
        <translation>大购物篮</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>small baskets</source>
        <translation>小购物篮</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>many returns</source>
        <translation>退货多</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>few returns</source>
        <translation>退货少</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>many units</source>
        <translation>购买件数多</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>few units</source>
        <translation>购买件数少</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>high %1</source>
        <translation>%1较高</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>low %1</source>
        <translation>%1较低</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose at least one feature.</source>
        <translation>请至少选择一个特征。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unknown feature &quot;%1&quot;. Features: %2.</source>
        <translation>未知特征“%1”。可用特征：%2。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The project has no order lines. Import order data first.</source>
        <translation>项目中没有订单明细。请先导入订单数据。</translation>
    </message>
</context>
<context>
    <name>CustomerListQuery</name>
    <message>
        <location filename="../../core/profiles/customerlistquery.cpp" line="+52"/>
        <source>The customers could not be counted: %1</source>
        <translation>无法统计客户数：%1</translation>
    </message>
</context>
<context>
    <name>CustomerProfile</name>
    <message>
        <location filename="../../core/profiles/customerprofile.cpp" line="+25"/>
        <location line="+11"/>
        <source>The customer profile could not be read: %1</source>
        <translation>无法读取客户画像：%1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The customer %1 is not in this project.</source>
        <translation>客户 %1 不在此项目中。</translation>
    </message>
</context>
<context>
    <name>CustomerProfilePanel</name>
    <message>
        <location filename="../../ui/widgets/customerprofilepanel.cpp" line="+32"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+25"/>
        <location line="+358"/>
        <location line="+1"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="-308"/>
        <source>Segments and scores</source>
        <translation>分群与评分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monthly spend</source>
        <translation>月度消费</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Recommended for this customer</source>
        <translation>为该客户推荐</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Favourites</source>
        <translation>偏好商品</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order history</source>
        <translation>订单历史</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attributes</source>
        <translation>属性</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Opted out of marketing</source>
        <translation>已退订营销信息</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Orders</source>
        <translation>订单数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revenue</source>
        <translation>消费金额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average order</source>
        <translation>客单价</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return rate</source>
        <translation>退货率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First purchase</source>
        <translation>首次购买</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last purchase</source>
        <translation>最近一次购买</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ratings</source>
        <translation>评分</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Top categories by spend</source>
        <translation>消费金额最高的品类</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Top products by quantity</source>
        <translation>购买数量最多的商品</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+261"/>
        <source>No favourites yet: this customer has no purchases.</source>
        <translation>暂无偏好：该客户还没有购买记录。</translation>
    </message>
    <message>
        <location line="-232"/>
        <source>No orders yet.</source>
        <translation>暂无订单。</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Loading the profile…</source>
        <translation>正在加载客户画像…</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The profile could not be loaded.
%1</source>
        <translation>无法加载客户画像。
%1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Select a customer to see the profile</source>
        <translation>选择一位客户以查看其画像</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+5"/>
        <source>Customer %1</source>
        <translation>客户 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer %1 · %2</source>
        <translation>客户 %1 · %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not in any saved segment yet; build segments on the Segments page.</source>
        <translation>尚未加入任何已保存的客户分群；请在“客户分群”页面创建分群。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Segments:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;所属分群：&lt;/b&gt;%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;RFM %1-%2-%3&lt;/b&gt; (%4): last purchase %5 days before %6, %7 orders, net spend %8</source>
        <translation>&lt;b&gt;RFM %1-%2-%3&lt;/b&gt;（%4）：最近一次购买在 %6 之前 %5 天，%7 个订单，净消费 %8</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;b&gt;Predicted 12-month value:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;预测 12 个月价值：&lt;/b&gt;%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Probability still active:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;仍活跃的概率：&lt;/b&gt;%1</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%Ln of %1 order lines were returns.</source>
        <translation>
            <numerusform>%1 条订单明细中有 %Ln 条为退货。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of the value</source>
        <translation>占消费额的 %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Average %1</source>
        <translation>平均 %1</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Email</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>手机号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>国家/地区</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed up</source>
        <translation>注册时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Income</source>
        <translation>收入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marketing</source>
        <translation>营销许可</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Opted out</source>
        <translation>已退订</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Can be contacted</source>
        <translation>可以联系</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>No favourites: returns cancel out every purchase.</source>
        <translation>暂无偏好：退货抵消了所有购买。</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Because you bought %1</source>
        <translation>因为你购买了 %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No recommendations stored for this customer. Generate recommendations on the Recommendations page.</source>
        <translation>该客户没有已保存的推荐结果。请在“推荐”页面生成推荐。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Computed with %1 on %2. Scores compare products within this list only.</source>
        <translation>由 %1 于 %2 计算。得分仅用于比较此列表内的商品。</translation>
    </message>
</context>
<context>
    <name>CustomerTableModel</name>
    <message>
        <location filename="../../ui/models/customertablemodel.cpp" line="+21"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Email</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Country</source>
        <translation>国家/地区</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Orders</source>
        <translation>订单数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Revenue</source>
        <translation>消费金额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First seen</source>
        <translation>首次消费</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last seen</source>
        <translation>最近消费</translation>
    </message>
</context>
<context>
    <name>CustomersPage</name>
    <message>
        <location filename="../../ui/pages/customerspage.cpp" line="+26"/>
        <location line="+15"/>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Import order data to see customers. Each customer gets a profile with orders, revenue, favourite products and monthly spend.</source>
        <translation>导入订单数据以查看客户。每位客户都有客户画像，包括订单、消费金额、偏好商品和月度消费。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Import data…</source>
        <translation>导入数据…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Search id, name, email or country</source>
        <translation>搜索 ID、姓名、邮箱或国家/地区</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Show every customer again</source>
        <translation>重新显示所有客户</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The customers could not be read: %1</source>
        <translation>无法读取客户：%1</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Counting customers…</source>
        <translation>正在统计客户…</translation>
    </message>
    <message>
        <location line="+143"/>
        <source>Segment: %1  ✕</source>
        <translation>分群：%1  ✕</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%L1 customers in %2</source>
        <translation>%2 中有 %L1 位客户</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 customer</source>
        <translation>1 位客户</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%L1 customers</source>
        <translation>%L1 位客户</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%L1 of 1 customer matches</source>
        <translation>1 位客户中有 %L1 位匹配</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%L1 of %L2 customers match</source>
        <translation>%L2 位客户中有 %L1 位匹配</translation>
    </message>
</context>
<context>
    <name>DataPage</name>
    <message>
        <location filename="../../ui/pages/datapage.cpp" line="+47"/>
        <source>Export rejected rows…</source>
        <translation>导出被拒绝的行…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%L1 rejected rows were written to %2.</source>
        <translation>已将 %L1 条被拒绝的行写入 %2。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import data…</source>
        <translation>导入数据…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import customers, orders, products, ratings or an experiment (Ctrl+I)</source>
        <translation>导入客户、订单、商品、评分或实验数据（Ctrl+I）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tables</source>
        <translation>数据表</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Products</source>
        <translation>商品</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Order lines</source>
        <translation>订单明细</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ratings</source>
        <translation>评分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Experiments</source>
        <translation>实验</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Imports</source>
        <translation>导入记录</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+38"/>
        <source>Rejected rows</source>
        <translation>被拒绝的行</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Imported at</source>
        <translation>导入时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Read</source>
        <translation>读取行数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Duplicates</source>
        <translation>重复</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Anonymous</source>
        <translation>匿名</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Returns</source>
        <translation>退货</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Seconds</source>
        <translation>秒</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Raw text</source>
        <translation>原始文本</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Import history</source>
        <translation>导入历史</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Select an import to see the rows it did not import.</source>
        <translation>选择一次导入以查看未导入的行。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Every row of %1 was imported or accounted for; none was rejected.</source>
        <translation>%1 的每一行都已导入或已计入统计，没有被拒绝的行。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%L1 rows of %2 were not imported. Each keeps its line number, the reason and its raw text.</source>
        <translation>%2 中有 %L1 行未导入。每行都保留了行号、原因和原始文本。</translation>
    </message>
</context>
<context>
    <name>DataSplit</name>
    <message>
        <location filename="../../core/recommend/datasplit.cpp" line="+68"/>
        <source>Cannot read the test file %1: %2</source>
        <translation>无法读取测试文件 %1：%2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot read the test file %1.</source>
        <translation>无法读取测试文件 %1。</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>No line of the test file %1 names a customer and a product of the project.</source>
        <translation>测试文件 %1 中没有任何一行同时包含本项目中的客户和商品。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The held-out fraction must be between 0 and 1, e.g. user-random:0.25 (got &quot;%1&quot;).</source>
        <translation>留出比例必须介于 0 和 1 之间，例如 user-random:0.25（当前为“%1”）。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The split date must be YYYY-MM-DD, e.g. time:2011-11-01 (got &quot;%1&quot;).</source>
        <translation>划分日期必须为 YYYY-MM-DD 格式，例如 time:2011-11-01（当前为“%1”）。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Name the test file, e.g. test-file:u1.test.</source>
        <translation>请指定测试文件，例如 test-file:u1.test。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unknown split &quot;%1&quot;; use user-random:FRACTION, time:YYYY-MM-DD or test-file:PATH.</source>
        <translation>未知的划分方式“%1”；请使用 user-random:比例、time:YYYY-MM-DD 或 test-file:路径。</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../../core/project/database.cpp" line="+42"/>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the database is not open</source>
        <translation>数据库未打开</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+27"/>
        <source>The database is not open.</source>
        <translation>数据库未打开。</translation>
    </message>
</context>
<context>
    <name>DemoProject</name>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="+284"/>
        <source>The demo data is missing from this installation.</source>
        <translation>此安装中缺少示例数据。</translation>
    </message>
    <message>
        <location filename="../../core/project/demoproject.cpp" line="+24"/>
        <source>Cannot create the folder for the demo project: %1</source>
        <translation>无法为示例项目创建文件夹：%1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Building the demo project was cancelled.</source>
        <translation>示例项目的构建已取消。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot build the demo project: %1</source>
        <translation>无法构建示例项目：%1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot move the demo project into place at %1.</source>
        <translation>无法将示例项目移动到 %1。</translation>
    </message>
</context>
<context>
    <name>Ease</name>
    <message>
        <location filename="../../core/recommend/ease.cpp" line="+53"/>
        <source>EASE could not invert the item matrix; use a larger lambda (now %1).</source>
        <translation>EASE 无法对商品矩阵求逆；请使用更大的 lambda（当前为 %1）。</translation>
    </message>
</context>
<context>
    <name>Evaluator</name>
    <message>
        <location filename="../../core/recommend/evaluator.cpp" line="+36"/>
        <source>The split leaves no training events.</source>
        <translation>该划分没有留下任何训练数据。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The split leaves no test events.</source>
        <translation>该划分没有留下任何测试数据。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The model could not be trained.</source>
        <translation>无法训练该模型。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No test customer has training events; choose another split.</source>
        <translation>没有任何测试客户有训练数据；请选择其他划分方式。</translation>
    </message>
</context>
<context>
    <name>ExperimentAnalysis</name>
    <message>
        <location filename="../../core/experiments/experimentanalysis.cpp" line="+70"/>
        <source>The significance level must be between 0 and 1 (got %1).</source>
        <translation>显著性水平必须介于 0 和 1 之间（当前为 %1）。</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>The metric &quot;%1&quot; has outcomes in %n arm(s) only; a comparison needs a control and at least one variant.</source>
        <translation>
            <numerusform>指标“%1”只在 %n 个分组中有结果；比较至少需要一个对照组和一个实验组。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Arm &quot;%1&quot; has only one customer with a value of &quot;%2&quot;; each arm needs at least two.</source>
        <translation>分组“%1”中只有一位客户有“%2”的值；每个分组至少需要两位。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>There is no arm named &quot;%1&quot; with outcomes (arms: %2).</source>
        <translation>没有名为“%1”且有结果的分组（现有分组：%2）。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Every customer has the same value of &quot;%1&quot;; there is nothing to compare.</source>
        <translation>所有客户的“%1”值都相同，没有可比较的内容。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The metric &quot;%1&quot; has values other than 0 and 1, so it cannot be analysed as a rate.</source>
        <translation>指标“%1”包含 0 和 1 以外的值，因此无法作为比率分析。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The covariate &quot;%1&quot; has no values for the customers of &quot;%2&quot;.</source>
        <translation>协变量“%1”在“%2”的客户中没有值。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The covariate &quot;%1&quot; has the same value for every customer, so it cannot reduce variance.</source>
        <translation>协变量“%1”对所有客户都相同，因此无法降低方差。</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>Arms &quot;%1&quot; and &quot;%2&quot; have no variation in &quot;%3&quot;; the difference has no standard error.</source>
        <translation>分组“%1”和“%2”在“%3”上没有差异；差值没有标准误。</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Only the control &quot;%1&quot; has outcomes; there is no variant to compare.</source>
        <translation>只有对照组“%1”有结果；没有可比较的实验组。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sample ratio mismatch: the arm sizes differ from the planned split (chi-square p = %1). Check the assignment and the data before trusting any result.</source>
        <translation>样本比例不匹配：各分组规模与计划的分配比例不符（卡方检验 p = %1）。在相信任何结果之前，请先检查分组分配和数据。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Underpowered: the smallest arm has %1 customers, but detecting an effect of %2 needs %3 per arm.</source>
        <translation>统计功效不足：最小的分组只有 %1 位客户，但要检测到 %2 的效应，每组需要 %3 位。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This is analysis %1 of the experiment: repeated looks inflate false positives. Use the sequential (always-valid) interval and p-value, or wait for the planned sample size.</source>
        <translation>这是该实验的第 %1 次分析：反复查看结果会提高假阳性率。请使用序贯（始终有效）置信区间和 p 值，或等到达到计划样本量。</translation>
    </message>
</context>
<context>
    <name>ExperimentArmChart</name>
    <message>
        <location filename="../../ui/charts/experimentarmchart.cpp" line="+54"/>
        <source>%1 rate per arm with %2% confidence intervals</source>
        <translation>各分组的 %1 比率及 %2% 置信区间</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mean %1 per arm with %2% confidence intervals</source>
        <translation>各分组的 %1 均值及 %2% 置信区间</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rate (%)</source>
        <translation>比率（%）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mean</source>
        <translation>平均值</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>(control)</source>
        <translation>（对照组）</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 rate</source>
        <translation>%1 比率</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mean %1</source>
        <translation>%1 均值</translation>
    </message>
</context>
<context>
    <name>ExperimentDesign</name>
    <message>
        <location filename="../../core/experiments/experimentdesign.cpp" line="+75"/>
        <source>The weight of arm &quot;%1&quot; must be a positive number (got &quot;%2&quot;).</source>
        <translation>分组“%1”的权重必须为正数（当前为“%2”）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>An arm in &quot;%1&quot; has no name; write arms as A:0.5,B:0.5.</source>
        <translation>“%1”中有分组没有名称；请按 A:0.5,B:0.5 的格式填写分组。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The arm &quot;%1&quot; is listed twice.</source>
        <translation>分组“%1”重复出现。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>An experiment needs a control and 1 to 5 variants; got %1 arm(s) in &quot;%2&quot;.</source>
        <translation>实验需要一个对照组和 1 到 5 个实验组；“%2”中有 %1 个分组。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Give a weight to every arm or to none (&quot;%1&quot;).</source>
        <translation>请为所有分组都指定权重，或都不指定（“%1”）。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The holdout share must be between 0 and 0.9 (got %1).</source>
        <translation>留出比例必须介于 0 和 0.9 之间（当前为 %1）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>An arm is already named &quot;Holdout&quot;; rename it to add a holdout.</source>
        <translation>已有分组名为“Holdout”；请先重命名该分组再添加留出组。</translation>
    </message>
</context>
<context>
    <name>ExperimentLiftChart</name>
    <message>
        <location filename="../../ui/charts/experimentliftchart.cpp" line="+39"/>
        <source>Distribution of the relative lift against the control</source>
        <translation>相对对照组的提升幅度分布</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Relative lift (%)</source>
        <translation>相对提升（%）</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>No lift</source>
        <translation>无提升</translation>
    </message>
</context>
<context>
    <name>ExperimentListModel</name>
    <message>
        <location filename="../../ui/models/experimentlistmodel.cpp" line="+60"/>
        <source>%1
Arms: %2</source>
        <translation>%1
分组：%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1
Arms: %2
Segment: %3</source>
        <translation>%1
分组：%2
客户分群：%3</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Experiment</source>
        <translation>实验</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arms</source>
        <translation>分组</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
</context>
<context>
    <name>ExperimentResultsModel</name>
    <message>
        <location filename="../../ui/models/experimentresultsmodel.cpp" line="+59"/>
        <source>%1 pts</source>
        <translation>%1 个百分点</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 (control)</source>
        <translation>%1（对照组）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (holdout)</source>
        <translation>%1（留出组）</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Posterior probability that %1 beats the control (Beta(1, 1) priors for rates).</source>
        <translation>%1 优于对照组的后验概率（比率使用 Beta(1, 1) 先验）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expected loss of choosing %1 if it is in fact worse than the control.</source>
        <translation>如果 %1 实际上不如对照组，选择它的预期损失。</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>p-value adjusted for %n comparison(s).</source>
        <translation>
            <numerusform>已针对 %n 次比较调整 p 值。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Arm</source>
        <translation>分组</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rate</source>
        <translation>比率</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mean</source>
        <translation>平均值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1% CI</source>
        <translation>%1% 置信区间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Difference</source>
        <translation>差值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diff. %1% CI</source>
        <translation>差值 %1% 置信区间</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>P(beats control)</source>
        <translation>P（优于对照组）</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Lift</source>
        <translation>提升</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lift %1% CI</source>
        <translation>提升 %1% 置信区间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>p-value</source>
        <translation>p 值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adjusted p</source>
        <translation>调整后 p 值</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expected loss</source>
        <translation>预期损失</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Variant minus control, absolute (percentage points for rates).</source>
        <translation>实验组减去对照组的绝对差值（比率以百分点计）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confidence interval of the difference (percentage points for rates).</source>
        <translation>差值的置信区间（比率以百分点计）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chance to beat the control: the posterior probability that the arm is better.</source>
        <translation>优于对照组的概率：该分组更优的后验概率。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Difference relative to the control&apos;s mean.</source>
        <translation>相对于对照组均值的差异。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two-proportion z-test, two-sided.</source>
        <translation>双比例 z 检验，双侧。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Welch t-test, two-sided.</source>
        <translation>Welch t 检验，双侧。</translation>
    </message>
</context>
<context>
    <name>ExperimentStore</name>
    <message>
        <location filename="../../core/experiments/experimentstore.cpp" line="+104"/>
        <source>There is no experiment named &quot;%1&quot;; the project has no experiments yet.</source>
        <translation>不存在名为“%1”的实验；该项目还没有任何实验。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no experiment named &quot;%1&quot; (experiments: %2).</source>
        <translation>不存在名为“%1”的实验（现有实验：%2）。</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>An experiment name must have 1 to 80 characters.</source>
        <translation>实验名称须为 1 到 80 个字符。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The project already has an experiment named &quot;%1&quot;. Choose another name.</source>
        <translation>项目中已有名为“%1”的实验。请换一个名称。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An experiment needs a control and at least one variant.</source>
        <translation>实验需要一个对照组和至少一个实验组。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>There is no segment named &quot;%1&quot;. Create it first (tailor-cli segment ...).</source>
        <translation>不存在名为“%1”的客户分群。请先创建（tailor-cli segment ...）。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot stratify by &quot;%1&quot;; use country, city, gender or rfm_segment.</source>
        <translation>无法按“%1”分层；请使用 country、city、gender 或 rfm_segment。</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+62"/>
        <location line="+344"/>
        <source>Cancelled; the project was not changed.</source>
        <translation>已取消；项目未做任何更改。</translation>
    </message>
    <message>
        <location line="-401"/>
        <source>The project has no customers to assign.</source>
        <translation>项目中没有可分配的客户。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The segment &quot;%1&quot; has no customers.</source>
        <translation>客户分群“%1”中没有客户。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Creating the experiment</source>
        <translation>正在创建实验</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Creating arm %1</source>
        <translation>正在创建分组 %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Assigning customer %1</source>
        <translation>正在分配客户 %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The experiment &quot;%1&quot; has too many arms (%2).</source>
        <translation>实验“%1”的分组过多（%2 个）。</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reading the outcomes of &quot;%1&quot; failed: %2</source>
        <translation>读取“%1”的结果失败：%2</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>The experiment &quot;%1&quot; has no outcomes yet; import them (--kind experiment) or derive them from orders.</source>
        <translation>实验“%1”还没有结果；请导入结果（--kind experiment）或从订单中推导。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The experiment &quot;%1&quot; has no metric &quot;%2&quot; (outcomes: %3).</source>
        <translation>实验“%1”没有指标“%2”（现有结果：%3）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The experiment &quot;%1&quot; has no covariate &quot;%2&quot; (covariates: %3).</source>
        <translation>实验“%1”没有协变量“%2”（现有协变量：%3）。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The outcome window must be 1 to 3650 days (got %1).</source>
        <translation>结果观察窗口必须为 1 到 3650 天（当前为 %1）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The experiment &quot;%1&quot; has no start time, so outcomes cannot be derived from orders.</source>
        <translation>实验“%1”没有开始时间，因此无法从订单推导结果。</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Storing derived outcomes</source>
        <translation>正在保存推导出的结果</translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+18"/>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>ExperimentVerdict</name>
    <message>
        <location filename="../../core/experiments/experimentverdict.cpp" line="+29"/>
        <source>the %1 rate</source>
        <translation>%1 比率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the mean %1 per customer</source>
        <translation>每位客户的平均 %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>sample ratio MISMATCH (p %1)</source>
        <translation>样本比例不匹配（p %1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sample ratio OK</source>
        <translation>样本比例正常</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 shows no clear difference in %2: %3 (%4% CI %5 to %6), p %7; %8</source>
        <translation>%1 在 %2 上没有明显差异：%3（%4% 置信区间 %5 至 %6），p %7；%8</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>points</source>
        <translation>个百分点</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 raises %2 by %3 %4 (%5% CI %6 to %7), p %8; %9</source>
        <translation>%1 使 %2 提升了 %3 %4（%5% 置信区间 %6 至 %7），p %8；%9</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 lowers %2 by %3 %4 (%5% CI %6 to %7), p %8; %9</source>
        <translation>%1 使 %2 降低了 %3 %4（%5% 置信区间 %6 至 %7），p %8；%9</translation>
    </message>
</context>
<context>
    <name>ExperimentWizard</name>
    <message>
        <location filename="../../ui/wizards/experimentwizard.cpp" line="+71"/>
        <source>Add variant</source>
        <translation>添加实验组</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep a holdout group that gets nothing:</source>
        <translation>保留一个不做任何干预的留出组：</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Standard deviation per customer:</source>
        <translation>每位客户的标准差：</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+574"/>
        <source>Design experiment</source>
        <translation>设计实验</translation>
    </message>
    <message>
        <location line="-567"/>
        <source>Audience</source>
        <translation>受众</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who takes part: a saved segment or all customers. Every member is assigned to one arm.</source>
        <translation>参与对象：一个已保存的客户分群或全部客户。每位成员都会被分配到一个分组。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. Spring newsletter subject line</source>
        <translation>例如：春季电子报主题</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Segments are made on the Segments page</source>
        <translation>客户分群在“客户分群”页面中创建</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Experiment name:</source>
        <translation>实验名称：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Audience:</source>
        <translation>受众：</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Arms</source>
        <translation>分组</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The first arm is the control; add 1 to 5 variants. Weights are relative: they are normalized to shares that sum to 100%.</source>
        <translation>第一个分组是对照组；可添加 1 到 5 个实验组。权重为相对值，会归一化为总和 100% 的比例。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Arm name</source>
        <translation>分组名称</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add a variant (up to 5)</source>
        <translation>添加一个实验组（最多 5 个）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the selected variant (the control stays)</source>
        <translation>删除所选实验组（对照组保留）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Variant %1</source>
        <translation>实验组 %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A holdout gets no treatment at all; it measures the effect of the whole programme and is left out of the comparisons with the control</source>
        <translation>留出组不接受任何干预，用于衡量整个项目的效果，不参与与对照组的比较</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> % of the audience</source>
        <translation> % 的受众</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Control</source>
        <translation>对照组</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Variant A</source>
        <translation>实验组 A</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Primary metric and sample size</source>
        <translation>主要指标与样本量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The smallest effect worth detecting decides how many customers each arm needs.</source>
        <translation>值得检测的最小效应决定了每个分组需要多少客户。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The outcome name the results will be imported or derived under (visit, conversion, revenue…)</source>
        <translation>导入或推导结果时使用的结果名称（visit、conversion、revenue…）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rate (visit, conversion: yes or no per customer)</source>
        <translation>比率（访问、转化：每位客户为是或否）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mean (revenue per customer)</source>
        <translation>均值（每位客户的收入）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The spread of the metric between customers, from past data (e.g. the SD of revenue per customer)</source>
        <translation>该指标在客户间的离散程度，来自历史数据（例如每位客户收入的标准差）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Two-sided significance level: the false-positive rate you accept</source>
        <translation>双侧显著性水平：你可以接受的假阳性率</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The chance of detecting the effect when it is really there</source>
        <translation>效应确实存在时检测到它的概率</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> customers per day</source>
        <translation> 位客户/天</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers entering the experiment per day, all arms together</source>
        <translation>每天进入实验的客户数（所有分组合计）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Metric name:</source>
        <translation>指标名称：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Significance level (α):</source>
        <translation>显著性水平（α）：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Power (1 − β):</source>
        <translation>统计功效（1 − β）：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Daily traffic:</source>
        <translation>每日流量：</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Baseline rate (control):</source>
        <translation>基线比率（对照组）：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The rate you expect in the control arm, from past campaigns</source>
        <translation>根据以往营销活动，预计对照组的比率</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+13"/>
        <source>Minimum detectable effect:</source>
        <translation>最小可检测效应：</translation>
    </message>
    <message>
        <location line="-10"/>
        <source> percentage points</source>
        <translation> 个百分点</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Absolute: 1 point takes a 10% rate to 11%</source>
        <translation>绝对值：1 个百分点可使 10% 的比率变为 11%</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Baseline mean (control):</source>
        <translation>基线均值（对照组）：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The mean you expect in the control arm (for the relative effect shown)</source>
        <translation>预计对照组的均值（用于显示相对效应）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> per customer</source>
        <translation> /每位客户</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Absolute difference of the means</source>
        <translation>均值的绝对差</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Review and create</source>
        <translation>检查并创建</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finish creates the experiment and assigns every customer of the audience to an arm. The assignment is deterministic: the same salt gives the same arms.</source>
        <translation>点击“完成”将创建实验，并把受众中的每位客户分配到一个分组。分配是确定性的：相同的盐值得到相同的分组。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Customers are hashed with this salt to pick their arm (SHA-256). Keep it to reproduce the assignment; change it to reshuffle.</source>
        <translation>客户 ID 会与此盐值一起哈希（SHA-256）以确定分组。保留盐值可复现分配结果；修改盐值则重新打乱。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No stratification</source>
        <translation>不分层</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>国家/地区</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RFM segment</source>
        <translation>RFM 客户分群</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Split every group (each country, say) exactly in the planned proportions, so the arms are balanced on it</source>
        <translation>将每个组（例如每个国家/地区）严格按计划比例拆分，使各分组在该维度上保持平衡</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Salt:</source>
        <translation>盐值：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stratify by:</source>
        <translation>分层依据：</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>The project could not be read</source>
        <translation>无法读取项目</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>All customers (%L1)</source>
        <translation>全部客户（%L1）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%L2)</source>
        <translation>%1（%L2）</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+2"/>
        <source>Experiment %1</source>
        <translation>实验 %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Give the experiment a name.</source>
        <translation>请为实验命名。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The project already has an experiment named &quot;%1&quot;.</source>
        <translation>项目中已有名为“%1”的实验。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%L1 customers will be assigned.</source>
        <translation>将分配 %L1 位客户。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This audience has no customers; pick another.</source>
        <translation>该受众没有客户；请另选一个。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Counting customers…</source>
        <translation>正在统计客户…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Use a control and 1 to 5 variants.</source>
        <translation>请使用一个对照组和 1 到 5 个实验组。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Arm %1 has no name.</source>
        <translation>分组 %1 没有名称。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+18"/>
        <source>Holdout</source>
        <translation>留出组</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Two arms are named &quot;%1&quot;.</source>
        <translation>有两个分组都叫“%1”。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The weight of &quot;%1&quot; must be a positive number.</source>
        <translation>“%1”的权重必须为正数。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The control: every variant is compared with it</source>
        <translation>对照组：每个实验组都与它比较</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 %2%</source>
        <translation>%1 %2%</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weights are normalized to sum to 100%: %1.</source>
        <translation>权重会归一化为总和 100%：%1。</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>&lt;b&gt;%L1 customers per arm&lt;/b&gt; (effect size %2).</source>
        <translation>&lt;b&gt;每组 %L1 位客户&lt;/b&gt;（效应量 %2）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Detects %1% → %2% (a %3% relative change).</source>
        <translation>可检测 %1% → %2%（相对变化 %3%）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The audience needs at least %L1 customers with this split.</source>
        <translation>按此分配比例，受众至少需要 %L1 位客户。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Expected duration: &lt;b&gt;%L1 days&lt;/b&gt; at %L2 customers per day.</source>
        <translation>预计时长：按每天 %L2 位客户计，需要 &lt;b&gt;%L1 天&lt;/b&gt;。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the daily traffic to see the expected duration.</source>
        <translation>填写每日流量即可查看预计时长。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The audience (%L1 customers) is too small: the smallest arm would get about %L2 customers, fewer than the %L3 needed. Choose a larger audience, a larger effect, or fewer arms.</source>
        <translation>受众（%L1 位客户）太小：最小的分组只有约 %L2 位客户，少于所需的 %L3 位。请选择更大的受众、更大的效应或更少的分组。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The audience of %L1 customers is large enough.</source>
        <translation>%L1 位客户的受众规模足够。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source> (control)</source>
        <translation>（对照组）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> (holdout)</source>
        <translation>（留出组）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;li&gt;%1%2: %3%, about %L4 customers&lt;/li&gt;</source>
        <translation>&lt;li&gt;%1%2：%3%，约 %L4 位客户&lt;/li&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;%1&lt;/b&gt; on %2 (%L3 customers).</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;，受众为%2（%L3 位客户）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>all customers</source>
        <translation>全部客户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>segment &quot;%1&quot;</source>
        <translation>客户分群“%1”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Primary metric: &lt;b&gt;%1&lt;/b&gt;; %L2 customers per arm needed</source>
        <translation>主要指标：&lt;b&gt;%1&lt;/b&gt;；每组需要 %L2 位客户</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>, about %L1 days</source>
        <translation>，约 %L1 天</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The audience is smaller than the sample size needs; the test will be underpowered.</source>
        <translation>受众小于所需样本量；该测试的统计功效将不足。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 points</source>
        <translation>%1 个百分点</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Assigning customers…</source>
        <translation>正在分配客户…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Cancelled; the project was not changed.</source>
        <translation>已取消；项目未做任何更改。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Creating the experiment failed</source>
        <translation>创建实验失败</translation>
    </message>
</context>
<context>
    <name>ExperimentsPage</name>
    <message>
        <location filename="../../ui/pages/experimentspage.cpp" line="+56"/>
        <location line="+28"/>
        <location line="+229"/>
        <source>Experiments</source>
        <translation>实验</translation>
    </message>
    <message>
        <location line="-245"/>
        <source>Sequential monitoring</source>
        <translation>序贯监测</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correct across all outcomes</source>
        <translation>跨所有指标校正</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Analyze</source>
        <translation>分析</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export assignments…</source>
        <translation>导出分组分配…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+157"/>
        <location line="+96"/>
        <source>Design experiment…</source>
        <translation>设计实验…</translation>
    </message>
    <message>
        <location line="-251"/>
        <source>Plan a new A/B test: audience, arms, metric and sample size, then assign customers</source>
        <translation>规划新的 A/B 测试：受众、分组、指标和样本量，然后为客户分配分组</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write the selected experiment&apos;s customer_key,arm assignments to a CSV file</source>
        <translation>将所选实验的 customer_key,arm 分配结果写入 CSV 文件</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The outcome to analyse</source>
        <translation>要分析的结果指标</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The arm every other arm is compared with</source>
        <translation>其他分组与之比较的分组</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Holm</source>
        <translation>Holm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Benjamini-Hochberg</source>
        <translation>Benjamini-Hochberg</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+290"/>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="-289"/>
        <source>How p-values are adjusted for comparing several variants with the control: Holm controls the chance of any false positive, Benjamini-Hochberg the share of false discoveries</source>
        <translation>比较多个实验组与对照组时 p 值的调整方式：Holm 控制出现任何假阳性的概率，Benjamini-Hochberg 控制错误发现的比例</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CUPED: a pre-experiment measure that explains part of the outcome&apos;s variance. Adjusting for it narrows the intervals without biasing the difference.</source>
        <translation>CUPED：一个实验前的度量，可解释结果的部分方差。对其进行调整可在不引入偏差的情况下缩小置信区间。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read the results as always-valid (a confidence sequence), so looking at them repeatedly while the test runs does not inflate false positives</source>
        <translation>以始终有效的方式（置信序列）解读结果，这样在测试运行期间反复查看也不会提高假阳性率</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Analyse every outcome of the experiment together and adjust the p-values for all their variant comparisons at once, so that looking at several outcomes does not inflate false positives</source>
        <translation>同时分析实验的所有指标，并对各指标下全部分组比较统一校正 p 值，避免因查看多个指标而增加假阳性</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Analyse the selected metric (runs in the background)</source>
        <translation>分析所选指标（在后台运行）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Metric:</source>
        <translation>指标：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Control:</source>
        <translation>对照组：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Correction:</source>
        <translation>校正方法：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CUPED covariate:</source>
        <translation>CUPED 协变量：</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Select an experiment on the left to analyse it.</source>
        <translation>在左侧选择一个实验进行分析。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No experiments yet. Design an A/B test on a segment or on all customers, or import an experiment&apos;s results (Import an experiment… with one row per customer, an arm column and outcome columns).</source>
        <translation>还没有实验。可以在某个客户分群或全部客户上设计 A/B 测试，或者导入实验结果（通过“导入实验…”，每位客户一行，包含分组列和结果列）。</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>The experiments could not be read: %1</source>
        <translation>无法读取实验：%1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No experiments yet. Design an A/B test on a segment or on all customers: Tailor sizes it and assigns customers to arms. To analyse a test run elsewhere, use Import an experiment… (one row per customer with an arm column and outcomes).</source>
        <translation>还没有实验。可以在某个客户分群或全部客户上设计 A/B 测试：Tailor 会计算所需样本量并为客户分配分组。要分析在其他地方进行的测试，请使用“导入实验…”（每位客户一行，包含分组列和结果列）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import customers first, or import an experiment&apos;s results (one row per customer with an arm column and outcome columns), then analyse it here.</source>
        <translation>请先导入客户，或导入实验结果（每位客户一行，包含分组列和结果列），然后在这里进行分析。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import an experiment…</source>
        <translation>导入实验…</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>%1 (%L2, planned %3%)</source>
        <translation>%1（%L2，计划 %3%）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%L2)</source>
        <translation>%1（%L2）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%L1 customers in %2 arms: %3.</source>
        <translation>%L1 位客户，分为 %2 个分组：%3。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Audience: all customers or imported.</source>
        <translation>受众：全部客户或导入的客户。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audience: segment &quot;%1&quot;.</source>
        <translation>受众：客户分群“%1”。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Salt: %1.</source>
        <translation>盐值：%1。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Planned: %L1 per arm to detect %2 on %3.</source>
        <translation>计划：每组 %L1 位，以检测 %3 上 %2 的效应。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>This experiment has no outcomes yet. Import its results (Import an experiment…, one row per customer with the arm and outcome columns) once the test has run.</source>
        <translation>该实验还没有结果。测试运行完成后，请导入其结果（“导入实验…”，每位客户一行，包含分组列和结果列）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the metric and the control, then Analyze.</source>
        <translation>选择指标和对照组，然后点击“分析”。</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Analysing %1…</source>
        <translation>正在分析 %1…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Analysis cancelled.</source>
        <translation>分析已取消。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The analysis failed.</source>
        <translation>分析失败。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Analysis failed</source>
        <translation>分析失败</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&lt;b&gt;Sample ratio OK&lt;/b&gt;: the arm sizes match the planned split (chi-square p = %1).</source>
        <translation>&lt;b&gt;样本比例正常&lt;/b&gt;：各分组规模与计划的分配比例一致（卡方检验 p = %1）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sample ratio mismatch</source>
        <translation>样本比例不匹配</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>CUPED on %1 reduced the variance by %2%.</source>
        <translation>基于 %1 的 CUPED 将方差降低了 %2%。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 analysed as a rate; %2% intervals; p-values adjusted by %3.</source>
        <translation>%1 按比率分析；%2% 置信区间；p 值校正方法：%3。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 analysed as a mean per customer; %2% intervals; p-values adjusted by %3.</source>
        <translation>%1 按每位客户的均值分析；%2% 置信区间；p 值校正方法：%3。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Adjusted across %1 comparisons of %2 outcomes.</source>
        <translation>已对 %2 个指标的 %1 次比较统一校正。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cumulative lift over time is not shown: this experiment&apos;s outcomes carry no dates (one value per customer).</source>
        <translation>未显示随时间累计的提升：该实验的结果不含日期（每位客户一个值）。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Export assignments</source>
        <translation>导出分组分配</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exported %L1 assignments to %2.</source>
        <translation>已将 %L1 条分组分配导出到 %2。</translation>
    </message>
</context>
<context>
    <name>Hybrid</name>
    <message>
        <location filename="../../core/recommend/hybrid.cpp" line="+34"/>
        <source>A hybrid cannot contain another hybrid.</source>
        <translation>混合模型中不能再包含混合模型。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unknown model &quot;%1&quot; in the hybrid.</source>
        <translation>混合模型中有未知模型“%1”。</translation>
    </message>
</context>
<context>
    <name>ImportCleaningPage</name>
    <message>
        <location filename="../../ui/wizards/importcleaningpage.cpp" line="+20"/>
        <source>day-month-year</source>
        <translation>日-月-年</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>month-day-year</source>
        <translation>月-日-年</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>year-month-day</source>
        <translation>年-月-日</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Drop &amp;exact duplicate rows</source>
        <translation>删除完全重复的行(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order lines</source>
        <translation>订单明细</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dates</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose how to clean the data</source>
        <translation>选择数据清洗方式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing is lost: rows left out are counted, and rows that cannot be read are kept with their line number and reason.</source>
        <translation>不会丢失任何数据：被排除的行会计入统计，无法读取的行会连同行号和原因一起保留。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A row identical to an earlier row of the same file is counted as a duplicate and not imported again.</source>
        <translation>与同一文件中前面某行完全相同的行会计为重复行，不会再次导入。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rows</source>
        <translation>行</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Keep them, marked as returns</source>
        <translation>保留，并标记为退货</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>Leave them out</source>
        <translation>不导入</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Keep them as anonymous sales</source>
        <translation>保留为匿名销售</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Returns (negative quantities, cancelled invoices):</source>
        <translation>退货（负数量、已取消的发票）(&amp;R)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lines without a &amp;customer:</source>
        <translation>没有客户的明细行(&amp;C)：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day-month-year (31/12/2024)</source>
        <translation>日-月-年（31/12/2024）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Month-day-year (12/31/2024)</source>
        <translation>月-日-年（12/31/2024）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year-month-day (2024-12-31)</source>
        <translation>年-月-日（2024-12-31）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;Please choose the date order.&lt;/b&gt; Every date in the first rows fits both day/month and month/day (such as 04/09/2012), so Tailor cannot tell them apart. Left on Automatic, they are read as day-month-year.</source>
        <translation>&lt;b&gt;请选择日期顺序。&lt;/b&gt;前几行中的每个日期既可按日/月也可按月/日解读（例如 04/09/2012），Tailor 无法区分。保持“自动”时将按日-月-年读取。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Date &amp;order:</source>
        <translation>日期顺序(&amp;O)：</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Checking the dates in the first rows…</source>
        <translation>正在检查前几行中的日期…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The dates are Excel serial numbers; the order does not matter.</source>
        <translation>这些日期是 Excel 序列号，顺序不影响读取。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The dates are Unix timestamps; the order does not matter.</source>
        <translation>这些日期是 Unix 时间戳，顺序不影响读取。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No dates to check in the first rows.</source>
        <translation>前几行中没有需要检查的日期。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The first rows do not settle the order.</source>
        <translation>前几行无法确定日期顺序。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The first rows are written %1.</source>
        <translation>前几行的日期格式为%1。</translation>
    </message>
</context>
<context>
    <name>ImportFilePage</name>
    <message>
        <location filename="../../ui/wizards/importfilepage.cpp" line="+26"/>
        <source>Choose the file</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tailor reads CSV, tab-separated and text files (also gzip-compressed) and Excel workbooks.</source>
        <translation>Tailor 可以读取 CSV、制表符分隔和文本文件（包括 gzip 压缩文件）以及 Excel 工作簿。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Path of the file to import</source>
        <translation>要导入的文件路径</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Transactions (order lines)</source>
        <translation>交易（订单明细）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Products</source>
        <translation>商品</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ratings</source>
        <translation>评分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Experiment results</source>
        <translation>实验结果</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;The file holds:</source>
        <translation>文件包含(&amp;T)：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Columns Tailor looks for</source>
        <translation>Tailor 会查找的列</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Column names do not need to match exactly: the next steps show what was recognised, and you can pick columns yourself. The encoding (UTF-8, UTF-16, GB18030), the delimiter and the header row are detected.</source>
        <translation>列名不必完全一致：后续步骤会显示识别结果，你也可以自行选择列。文本编码（UTF-8、UTF-16、GB18030）、分隔符和表头行都会自动检测。</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>The file “%1” does not exist. Check the path or choose the file with Browse.</source>
        <translation>文件“%1”不存在。请检查路径，或点击“浏览”选择文件。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” is a folder, not a file.</source>
        <translation>“%1”是文件夹，不是文件。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file “%1” cannot be read; check its permissions.</source>
        <translation>无法读取文件“%1”；请检查其权限。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Data files (*.csv *.tsv *.txt *.gz *.xlsx)</source>
        <translation>数据文件 (*.csv *.tsv *.txt *.gz *.xlsx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV and text files (*.csv *.tsv *.txt)</source>
        <translation>CSV 和文本文件 (*.csv *.tsv *.txt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compressed files (*.gz)</source>
        <translation>压缩文件 (*.gz)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the file to import</source>
        <translation>选择要导入的文件</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&lt;b&gt;Required:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;必填：&lt;/b&gt;%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Optional:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;可选：&lt;/b&gt;%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>One row per order line: order, customer, product, quantity, price and date. Customers and products are added as they appear.</source>
        <translation>每条订单明细一行：订单、客户、商品、数量、价格和日期。客户和商品会在出现时自动添加。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>One row per customer with an ID and details such as name, e-mail, birth year, income or signup date.</source>
        <translation>每位客户一行，包含 ID 以及姓名、电子邮箱、出生年份、收入或注册日期等信息。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>One row per product with its code (SKU), name, category and price.</source>
        <translation>每个商品一行，包含编码（SKU）、名称、品类和价格。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One row per rating: which customer rated which product, the score and optionally when.</source>
        <translation>每条评分一行：哪位客户给哪个商品打了分、分数，以及可选的评分时间。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>One row per customer of a test: the arm (group) they were in and the outcomes measured, such as visits or spend.</source>
        <translation>每位测试客户一行：所在的分组以及测得的结果，例如访问次数或消费金额。</translation>
    </message>
</context>
<context>
    <name>ImportMappingPage</name>
    <message>
        <location filename="../../ui/wizards/importmappingpage.cpp" line="+38"/>
        <source>E&amp;xperiment name:</source>
        <translation>实验名称(&amp;X)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Match the columns</source>
        <translation>匹配列</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose which column of the file fills each field. Fields marked * are required; “— not imported —” leaves a field out.</source>
        <translation>为每个字段选择文件中的对应列。标有 * 的字段为必填；“— 不导入 —”表示不导入该字段。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 of %2 values are not numbers</source>
        <translation>%2 个值中有 %1 个不是数字</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Column in the file</source>
        <translation>文件中的列</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sample values</source>
        <translation>示例值</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Required</source>
        <translation>必填</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>— not imported —</source>
        <translation>— 不导入 —</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no values in the preview</source>
        <translation>预览中没有值</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n of %1 values are not numbers</source>
        <translation>
            <numerusform>%1 个值中有 %n 个不是数字</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✓ numbers</source>
        <translation>✓ 数字</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n of %1 values are not dates</source>
        <translation>
            <numerusform>%1 个值中有 %n 个不是日期</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✓ dates</source>
        <translation>✓ 日期</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n of %1 values are not yes/no</source>
        <translation>
            <numerusform>%1 个值中有 %n 个不是“是/否”</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✓ yes/no</source>
        <translation>✓ 是/否</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>✓ %L1 of %L2 rows filled</source>
        <translation>✓ %L2 行中已填写 %L1 行</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Choose a column for: %1.</source>
        <translation>请为以下字段选择列：%1。</translation>
    </message>
</context>
<context>
    <name>ImportRunPage</name>
    <message>
        <location filename="../../ui/wizards/importrunpage.cpp" line="+23"/>
        <source>Cancel &amp;import</source>
        <translation>取消导入(&amp;I)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import &amp;anyway</source>
        <translation>仍然导入(&amp;A)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Importing</source>
        <translation>正在导入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The import runs in one transaction: if you cancel, nothing is changed.</source>
        <translation>导入在一个事务中进行：如果取消，不会做任何更改。</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Importing %1 into the project…</source>
        <translation>正在将 %1 导入项目…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Starting…</source>
        <translation>正在开始…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Cancelling; undoing the changes…</source>
        <translation>正在取消，撤销更改…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%L1 rows read</source>
        <translation>已读取 %L1 行</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%L1 rows read · %L2 rows per second</source>
        <translation>已读取 %L1 行 · 每秒 %L2 行</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Import cancelled; the project is unchanged.</source>
        <translation>导入已取消，项目未做任何更改。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%L1 rows read in %2 s</source>
        <translation>已读取 %L1 行，用时 %2 秒</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This file was already imported into the project, so nothing was changed. Choose “Import anyway” to import it a second time, or close the wizard.</source>
        <translation>此文件已导入过该项目，因此未做任何更改。选择“仍然导入”可再次导入，或关闭向导。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&lt;b&gt;The import failed; the project is unchanged.&lt;/b&gt;&lt;br&gt;%1&lt;br&gt;&lt;br&gt;Go back to change the settings, or close the wizard.</source>
        <translation>&lt;b&gt;导入失败，项目未做任何更改。&lt;/b&gt;&lt;br&gt;%1&lt;br&gt;&lt;br&gt;请返回修改设置，或关闭向导。</translation>
    </message>
</context>
<context>
    <name>ImportSettingsPage</name>
    <message>
        <location filename="../../ui/wizards/importsettingspage.cpp" line="+21"/>
        <source>comma</source>
        <translation>逗号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>semicolon</source>
        <translation>分号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tab</source>
        <translation>制表符</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pipe</source>
        <translation>竖线</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Sheet:</source>
        <translation>工作表(&amp;S)：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Check how the file is read</source>
        <translation>检查文件的读取方式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tailor detected these settings. If the preview looks wrong, change them; the preview follows.</source>
        <translation>Tailor 已自动检测到以下设置。如果预览看起来不对，请修改设置，预览会随之更新。</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+5"/>
        <source>Detect</source>
        <translation>检测</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comma  ,</source>
        <translation>逗号  ,</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Semicolon  ;</source>
        <translation>分号  ;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tab</source>
        <translation>制表符</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pipe  |</source>
        <translation>竖线  |</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Double colon  ::</source>
        <translation>双冒号  ::</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Partly checked: detect whether the first row holds column names.</source>
        <translation>部分选中：自动检测第一行是否为列名。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Encoding:</source>
        <translation>编码(&amp;E)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delimiter:</source>
        <translation>分隔符(&amp;D)：</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>Reading the first rows…</source>
        <translation>正在读取前几行…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The file has no data rows.</source>
        <translation>文件中没有数据行。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rows shown: %L1.</source>
        <translation>显示的行数：%L1。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The file could not be read with these settings.</source>
        <translation>无法使用这些设置读取文件。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file could not be read.</source>
        <translation>无法读取文件。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>First row is a &amp;header</source>
        <translation>第一行是表头(&amp;H)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>First row is a &amp;header (detected: yes)</source>
        <translation>第一行是表头(&amp;H)（检测结果：是）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First row is a &amp;header (detected: no)</source>
        <translation>第一行是表头(&amp;H)（检测结果：否）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Excel workbook</source>
        <translation>Excel 工作簿</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sheet “%1”</source>
        <translation>工作表“%1”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>gzip-compressed</source>
        <translation>gzip 压缩</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>header row</source>
        <translation>有表头行</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no header row</source>
        <translation>无表头行</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Detected: %1.</source>
        <translation>检测结果：%1。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading as: %1.</source>
        <translation>读取方式：%1。</translation>
    </message>
</context>
<context>
    <name>ImportSummaryPage</name>
    <message>
        <location filename="../../ui/wizards/importsummarypage.cpp" line="+28"/>
        <source>Counts</source>
        <translation>统计</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Export rejected rows…</source>
        <translation>导出被拒绝的行(&amp;E)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rejected rows</source>
        <translation>被拒绝的行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✓ No row was rejected.</source>
        <translation>✓ 没有被拒绝的行。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import finished</source>
        <translation>导入完成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every row of the file is accounted for below.</source>
        <translation>文件中的每一行都在下方有所统计。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Raw text</source>
        <translation>原始文本</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Not a number</source>
        <translation>不是数字</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not a date</source>
        <translation>不是日期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Required value missing</source>
        <translation>缺少必填值</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wrong number of columns</source>
        <translation>列数不正确</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unreadable line</source>
        <translation>无法读取的行</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invalid value</source>
        <translation>无效值</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer listed twice</source>
        <translation>客户重复出现</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%L1 imported of %L2 rows read from %3.</source>
        <translation>从 %3 读取 %L2 行，已导入 %L1 行。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exact duplicates dropped</source>
        <translation>已删除的完全重复行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left out by the options</source>
        <translation>按选项排除的行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lines without a customer (anonymous)</source>
        <translation>没有客户的明细行（匿名）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Returns</source>
        <translation>退货</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2 new)</source>
        <translation>%1（新增 %2）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Customers in the project</source>
        <translation>项目中的客户</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Products in the project</source>
        <translation>项目中的商品</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Experiment</source>
        <translation>实验</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 (arms: %2)</source>
        <translation>%1（分组：%2）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Time</source>
        <translation>用时</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %L2</source>
        <translation>%1：%L2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By reason: %1</source>
        <translation>按原因：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rejected rows: %L1. Each keeps its line number, the reason and its raw text in the project.</source>
        <translation>被拒绝的行：%L1。每行的行号、原因和原始文本都保存在项目中。</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The export failed: %1</source>
        <translation>导出失败：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rejected rows written to %1 (%L2 rows).</source>
        <translation>已将被拒绝的行写入 %1（%L2 行）。</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../ui/wizards/importwizard.cpp" line="+21"/>
        <source>Import Data</source>
        <translation>导入数据</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <location filename="../../core/importing/importer.cpp" line="+185"/>
        <location line="+187"/>
        <source>preparing the import</source>
        <translation>准备导入</translation>
    </message>
    <message>
        <location line="-175"/>
        <source>The project database failed while %1: %2</source>
        <translation>项目数据库在%1时出错：%2</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>storing a rejected row</source>
        <translation>保存被拒绝的行</translation>
    </message>
    <message>
        <location line="+98"/>
        <location line="+9"/>
        <source>recording the import</source>
        <translation>记录本次导入</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>Line %1 has %2 fields; the header has %3.</source>
        <translation>第 %1 行有 %2 个字段，但表头有 %3 个。</translation>
    </message>
    <message>
        <location line="+42"/>
        <location line="+4"/>
        <location line="+102"/>
        <location line="+95"/>
        <location line="+36"/>
        <location line="+4"/>
        <location line="+116"/>
        <location line="+6"/>
        <source>Line %1: %2 is empty.</source>
        <translation>第 %1 行：%2 为空。</translation>
    </message>
    <message>
        <location line="-355"/>
        <location line="+5"/>
        <location line="+142"/>
        <location line="+60"/>
        <location line="+30"/>
        <location line="+133"/>
        <source>Line %1: %2 &quot;%3&quot; is not a number.</source>
        <translation>第 %1 行：%2“%3”不是数字。</translation>
    </message>
    <message>
        <location line="-360"/>
        <location line="+113"/>
        <location line="+14"/>
        <source>Line %1: %2 &quot;%3&quot; is not a date.</source>
        <translation>第 %1 行：%2“%3”不是日期。</translation>
    </message>
    <message>
        <location line="-111"/>
        <location line="+228"/>
        <source>adding product %1</source>
        <translation>添加商品 %1</translation>
    </message>
    <message>
        <location line="-207"/>
        <location line="+204"/>
        <location line="+149"/>
        <source>adding customer %1</source>
        <translation>添加客户 %1</translation>
    </message>
    <message>
        <location line="-313"/>
        <location line="+93"/>
        <location line="+36"/>
        <location line="+54"/>
        <location line="+139"/>
        <location line="+9"/>
        <location line="+11"/>
        <source>storing line %1</source>
        <translation>保存第 %1 行</translation>
    </message>
    <message>
        <location line="-272"/>
        <source>Line %1: %2 &quot;%3&quot; is not yes or no.</source>
        <translation>第 %1 行：%2“%3”不是“是”或“否”。</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Line %1: %2 &quot;%3&quot; is not a date or time.</source>
        <translation>第 %1 行：%2“%3”不是日期或时间。</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The project already has an experiment named &quot;%1&quot;. Choose another name.</source>
        <translation>项目中已有名为“%1”的实验。请换一个名称。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No arm column was found in %1. Name it with --arm-column COLUMN (columns: %2).</source>
        <translation>在 %1 中没有找到分组列。请用 --arm-column COLUMN 指定（现有列：%2）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The outcome column &quot;%1&quot; is not in %2 (columns: %3).</source>
        <translation>结果列“%1”不在 %2 中（现有列：%3）。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No numeric outcome columns follow the arm column &quot;%1&quot;. Name them with --outcomes.</source>
        <translation>分组列“%1”之后没有数值型结果列。请用 --outcomes 指定。</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+3"/>
        <source>creating the experiment</source>
        <translation>创建实验</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>creating arm %1</source>
        <translation>创建分组 %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Line %1: customer %2 appears twice in the experiment.</source>
        <translation>第 %1 行：客户 %2 在实验中出现了两次。</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+16"/>
        <source>updating customers</source>
        <translation>更新客户</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>indexing the order lines</source>
        <translation>为订单明细建立索引</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+13"/>
        <source>updating customer totals</source>
        <translation>更新客户汇总</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+19"/>
        <source>updating products</source>
        <translation>更新商品</translation>
    </message>
    <message>
        <location line="+206"/>
        <source>%1 has no column for %2. Map one with --map FIELD=COLUMN (columns: %3).</source>
        <translation>%1 中没有对应 %2 的列。请用 --map FIELD=COLUMN 指定（现有列：%3）。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Every date in the file fits both day/month and month/day order; they were read as day/month. Choose the order if that is wrong.</source>
        <translation>文件中的每个日期都同时符合日/月和月/日顺序；已按日/月读取。如有误，请选择日期顺序。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot start the import: %1</source>
        <translation>无法开始导入：%1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Cannot read %1 to compute its checksum.</source>
        <translation>无法读取 %1 以计算其校验和。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 was already imported on %2; nothing was changed.</source>
        <translation>%1 已于 %2 导入过；未做任何更改。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot save the import: %1</source>
        <translation>无法保存本次导入：%1</translation>
    </message>
</context>
<context>
    <name>InteractionData</name>
    <message>
        <location filename="../../core/recommend/interactiondata.cpp" line="+45"/>
        <source>Cannot read the ratings: %1</source>
        <translation>无法读取评分：%1</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+14"/>
        <source>Cannot read the customers&apos; events: %1</source>
        <translation>无法读取客户行为数据：%1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Cannot read the customers: %1</source>
        <translation>无法读取客户：%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot read the products: %1</source>
        <translation>无法读取商品：%1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot read the customers and products: %1</source>
        <translation>无法读取客户和商品：%1</translation>
    </message>
</context>
<context>
    <name>KMeans</name>
    <message>
        <location filename="../../core/segments/kmeans.cpp" line="+419"/>
        <source>There is no data to cluster: %1 rows and %2 features.</source>
        <translation>没有可聚类的数据：%1 行，%2 个特征。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The number of clusters must be between 1 and %1 (the number of points), not %2.</source>
        <translation>簇数必须介于 1 和 %1（数据点数）之间，而不是 %2。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The number of restarts (%1) and of iterations (%2) must both be at least 1.</source>
        <translation>重启次数（%1）和迭代次数（%2）都必须至少为 1。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The tolerance must be a finite number of at least 0, not %1.</source>
        <translation>容差必须是不小于 0 的有限数，而不是 %1。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The data contain a missing or infinite value (row %1, feature %2). Fill in or drop such rows before clustering.</source>
        <translation>数据中有缺失值或无穷值（第 %1 行，特征 %2）。请在聚类前填补或删除这些行。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The initial centres must form a %1 x %2 matrix (clusters x features), not %3 x %4.</source>
        <translation>初始中心必须是 %1 x %2 的矩阵（簇 x 特征），而不是 %3 x %4。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The initial centres contain a missing or infinite value.</source>
        <translation>初始中心中有缺失值或无穷值。</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Not enough memory to cluster %1 points with %2 features.</source>
        <translation>内存不足，无法对 %1 个点、%2 个特征进行聚类。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clustering failed: %1</source>
        <translation>聚类失败：%1</translation>
    </message>
    <message>
        <location line="+140"/>
        <source>The range of cluster counts %1 to %2 is invalid; it must lie within 1 to %3.</source>
        <translation>簇数范围 %1 到 %2 无效；必须在 1 到 %3 之间。</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>close to average</source>
        <translation>接近平均水平</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>very high %1</source>
        <translation>%1很高</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>high %1</source>
        <translation>%1较高</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>very low %1</source>
        <translation>%1很低</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>low %1</source>
        <translation>%1较低</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, </source>
        <comment>separator of cluster traits</comment>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>KMeansSegmentation</name>
    <message>
        <location filename="../../core/segments/kmeanssegmentation.cpp" line="+53"/>
        <source>The number of clusters must be between 2 and 50.</source>
        <translation>簇数必须介于 2 和 50 之间。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The range of clusters to try must lie between 2 and 50.</source>
        <translation>尝试的簇数范围必须在 2 到 50 之间。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>k-means needs more customers than clusters: the project has %1 customers with purchases and %2 clusters were asked for.</source>
        <translation>k-means 需要的客户数必须多于簇数：项目中有 %1 位有购买记录的客户，但要求 %2 个簇。</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>Cluster</source>
        <translation>簇</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>close to average</source>
        <translation>接近平均水平</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>, </source>
        <comment>trait separator</comment>
        <translation>、</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2: %3</source>
        <translation>%1 %2：%3</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>There are no clusters to save.</source>
        <translation>没有可保存的簇。</translation>
    </message>
</context>
<context>
    <name>KSelectionChart</name>
    <message>
        <location filename="../../ui/charts/kselectionchart.cpp" line="+20"/>
        <source>Silhouette (higher is better) and inertia (look for the elbow)</source>
        <translation>轮廓系数（越高越好）与簇内误差（寻找拐点）</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+32"/>
        <source>Silhouette</source>
        <translation>轮廓系数</translation>
    </message>
    <message>
        <location line="-28"/>
        <location line="+32"/>
        <source>Inertia</source>
        <translation>惯性</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Chosen k = %1</source>
        <translation>选定 k = %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Clusters (k)</source>
        <translation>簇数（k）</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/mainwindow/mainwindow.cpp" line="-229"/>
        <location line="+272"/>
        <source>Tailor</source>
        <translation>Tailor</translation>
    </message>
    <message>
        <location line="-240"/>
        <source>Demo project</source>
        <translation>示例项目</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Segments</source>
        <translation>客户分群</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recommendations</source>
        <translation>推荐</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Experiments</source>
        <translation>实验</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaigns</source>
        <translation>营销活动</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reports</source>
        <translation>报告</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New Project…</source>
        <translation>新建项目(&amp;N)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open Project…</source>
        <translation>打开项目(&amp;O)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;Demo Project</source>
        <translation>打开示例项目(&amp;D)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Close Project</source>
        <translation>关闭项目(&amp;C)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Tailor</source>
        <translation>关于 Tailor(&amp;A)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Checking %1…</source>
        <translation>正在检查 %1…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opening project</source>
        <translation>正在打开项目</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot open project</source>
        <translation>无法打开项目</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 — Tailor</source>
        <translation>%1 — Tailor</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+9"/>
        <source>New project</source>
        <translation>新建项目</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Untitled.tailor</source>
        <translation>未命名.tailor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tailor projects (*.tailor)</source>
        <translation>Tailor 项目 (*.tailor)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 already exists. Open it with File &gt; Open Project, or choose another name.</source>
        <translation>%1 已存在。请通过“文件 &gt; 打开项目”打开它，或换一个名称。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tailor projects (*.tailor);;All files (*)</source>
        <translation>Tailor 项目 (*.tailor);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Building the demo project from a sample of UCI Online Retail…</source>
        <translation>正在用 UCI Online Retail 的样本构建示例项目…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create or open a project first; imported data is stored in a project.</source>
        <translation>请先创建或打开一个项目；导入的数据保存在项目中。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No project open</source>
        <translation>未打开项目</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%L1 customers · %L2 products · %L3 order lines · %L4 ratings</source>
        <translation>%L1 位客户 · %L2 个商品 · %L3 条订单明细 · %L4 条评分</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>About Tailor</source>
        <translation>关于 Tailor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Tailor %1&lt;/h3&gt;&lt;p&gt;A personalized-marketing studio: customer profiles, segments, recommendations, A/B tests and personalized campaigns, offline, in one project file.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Data attributions&lt;/b&gt;&lt;/p&gt;&lt;p&gt;The demo project is a sample of the &lt;i&gt;Online Retail&lt;/i&gt; dataset by Daqing Chen, UCI Machine Learning Repository (2015), doi:10.24432/C5BW33, licensed under CC BY 4.0.&lt;/p&gt;&lt;p&gt;Built with Qt %2, SQLite, Eigen and QuaZip.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Tailor %1&lt;/h3&gt;&lt;p&gt;个性化营销工作台：客户画像、客户分群、商品推荐、A/B 测试和个性化营销活动，全部离线完成，保存在一个项目文件中。&lt;/p&gt;&lt;p&gt;&lt;b&gt;数据来源&lt;/b&gt;&lt;/p&gt;&lt;p&gt;示例项目是 &lt;i&gt;Online Retail&lt;/i&gt; 数据集的样本，作者 Daqing Chen，UCI Machine Learning Repository（2015），doi:10.24432/C5BW33，采用 CC BY 4.0 许可。&lt;/p&gt;&lt;p&gt;基于 Qt %2、SQLite、Eigen 和 QuaZip 构建。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MessageTemplate</name>
    <message>
        <location filename="../../core/campaigns/messagetemplate.cpp" line="+53"/>
        <source>line %1, column %2: %3</source>
        <translation>第 %1 行，第 %2 列：%3</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 without {% if %}</source>
        <translation>%1 缺少对应的 {% if %}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{% if %} needs a condition, such as {% if segment == &quot;Champions&quot; %}</source>
        <translation>{% if %} 需要一个条件，例如 {% if segment == &quot;Champions&quot; %}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>unterminated text %1 in a condition</source>
        <translation>条件中的文本 %1 没有结束引号</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expected quoted text after %1 in &quot;%2&quot;</source>
        <translation>“%2”中的 %1 之后应为带引号的文本</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>unknown field &quot;%1&quot; in a condition; known fields: %2</source>
        <translation>条件中有未知字段“%1”；已知字段：%2</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>{{ without }}</source>
        <translation>{{ 缺少对应的 }}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>empty merge field {{ }}</source>
        <translation>空的合并字段 {{ }}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown field {{%1}}; known fields: %2</source>
        <translation>未知字段 {{%1}}；已知字段：%2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{% without %}</source>
        <translation>{% 缺少对应的 %}</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>{% if %} without {% endif %}</source>
        <translation>{% if %} 缺少对应的 {% endif %}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{% elif %} after {% else %}</source>
        <translation>{% elif %} 出现在 {% else %} 之后</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a second {% else %} in one {% if %}</source>
        <translation>同一个 {% if %} 中有第二个 {% else %}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{% else %} takes no condition; use {% elif %}</source>
        <translation>{% else %} 不接受条件；请使用 {% elif %}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{% endif %} takes no condition</source>
        <translation>{% endif %} 不接受条件</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unknown tag {% %1 %}; use if, elif, else or endif</source>
        <translation>未知标签 {% %1 %}；请使用 if、elif、else 或 endif</translation>
    </message>
</context>
<context>
    <name>MetricsBarChart</name>
    <message>
        <location filename="../../ui/charts/metricsbarchart.cpp" line="+43"/>
        <source>Precision@%1</source>
        <translation>准确率@%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Recall@%1</source>
        <translation>召回率@%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NDCG@%1</source>
        <translation>NDCG@%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>MAP@%1</source>
        <translation>MAP@%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hit rate@%1</source>
        <translation>命中率@%1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Evaluate algorithms to compare them here</source>
        <translation>评估算法后即可在此比较</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ranking quality on held-out purchases (higher is better)</source>
        <translation>在留出购买数据上的排序质量（越高越好）</translation>
    </message>
</context>
<context>
    <name>MonthlySpendChart</name>
    <message>
        <location filename="../../ui/charts/monthlyspendchart.cpp" line="+35"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No purchases yet</source>
        <translation>暂无购买</translation>
    </message>
    <message>
        <location line="+70"/>
        <location line="+5"/>
        <location line="+31"/>
        <source>Net spend</source>
        <translation>净消费</translation>
    </message>
</context>
<context>
    <name>OfferRules</name>
    <message>
        <location filename="../../core/campaigns/offerrules.cpp" line="+45"/>
        <source>Cannot read the offer rules %1: %2</source>
        <translation>无法读取优惠规则 %1：%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the offer rules are not valid JSON (%1 at byte %2)</source>
        <translation>优惠规则不是有效的 JSON（%1，位于第 %2 字节）</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>coupon_length must be between 6 and 16</source>
        <translation>coupon_length 必须介于 6 和 16 之间</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the offer rules have no &quot;rules&quot; array</source>
        <translation>优惠规则中没有 &quot;rules&quot; 数组</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>rule %1 (&quot;%2&quot;) has no &quot;offer&quot; text</source>
        <translation>规则 %1（&quot;%2&quot;）没有 &quot;offer&quot; 文本</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>rule %1 (&quot;%2&quot;): discount must be between 0 and 100 percent</source>
        <translation>规则 %1（&quot;%2&quot;）：折扣必须介于 0 和 100% 之间</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>rule %1 (&quot;%2&quot;): a coupon needs a &quot;discount&quot; percentage</source>
        <translation>规则 %1（&quot;%2&quot;）：优惠券需要 &quot;discount&quot; 百分比</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>rule %1 (&quot;%2&quot;): unknown field &quot;%3&quot;; use %4</source>
        <translation>规则 %1（&quot;%2&quot;）：未知字段 &quot;%3&quot;；请使用 %4</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>rule %1 (&quot;%2&quot;): unknown operator &quot;%3&quot;; use == != &lt; &lt;= &gt; &gt;= in not_in</source>
        <translation>规则 %1（&quot;%2&quot;）：未知运算符 &quot;%3&quot;；请使用 == != &lt; &lt;= &gt; &gt;= in not_in</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>rule %1 (&quot;%2&quot;): %3 needs %4</source>
        <translation>规则 %1（&quot;%2&quot;）：%3 需要%4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a list value</source>
        <translation>一个列表值</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>a single value</source>
        <translation>单个值</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>rule %1 (&quot;%2&quot;): field %3 cannot be compared with %4 %5</source>
        <translation>规则 %1（&quot;%2&quot;）：字段 %3 无法与 %4 %5 比较</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Early access</source>
        <translation>抢先体验</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>15% off</source>
        <translation>立减 15%</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Free shipping</source>
        <translation>包邮</translation>
    </message>
</context>
<context>
    <name>OrderHistoryModel</name>
    <message>
        <location filename="../../ui/models/orderhistorymodel.cpp" line="+39"/>
        <source>Return</source>
        <translation>退货</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Purchase</source>
        <translation>购买</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Order %1 on %2</source>
        <translation>订单 %1，%2</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lines</source>
        <translation>明细数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Items</source>
        <translation>件数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
</context>
<context>
    <name>Popularity</name>
    <message>
        <location filename="../../core/recommend/popularity.cpp" line="+37"/>
        <source>popular with all customers</source>
        <translation>受所有客户欢迎</translation>
    </message>
</context>
<context>
    <name>PowerAnalysis</name>
    <message>
        <location filename="../../core/experiments/poweranalysis.cpp" line="+36"/>
        <source>The significance level must be between 0 and 1 (got %1).</source>
        <translation>显著性水平必须介于 0 和 1 之间（当前为 %1）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The power must be between the significance level and 1 (got %1).</source>
        <translation>统计功效必须介于显著性水平和 1 之间（当前为 %1）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The allocation ratio must be between 0.1 and 10 (got %1).</source>
        <translation>分配比例必须介于 0.1 和 10 之间（当前为 %1）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The minimum detectable effect must be a non-zero number (got %1).</source>
        <translation>最小可检测效应必须是非零数字（当前为 %1）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The baseline rate must be between 0 and 1 (got %1).</source>
        <translation>基线比率必须介于 0 和 1 之间（当前为 %1）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Baseline %1 plus the effect %2 leaves the range 0 to 1.</source>
        <translation>基线 %1 加上效应 %2 超出了 0 到 1 的范围。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A mean metric needs a positive standard deviation (got %1).</source>
        <translation>均值指标需要正的标准差（当前为 %1）。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The effect %1 is too small to detect with any practical sample size.</source>
        <translation>效应 %1 太小，任何可行的样本量都无法检测到。</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../ui/dialogs/preferencesdialog.cpp" line="+18"/>
        <source>Preferences</source>
        <translation>偏好设置</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>System default (%1)</source>
        <translation>系统默认（%1）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The language of menus, pages and messages. &quot;System default&quot; follows the language of your computer.</source>
        <translation>菜单、页面和消息使用的语言。“系统默认”跟随计算机的语言设置。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The new language is used the next time you start Tailor.</source>
        <translation>新的语言将在下次启动 Tailor 时生效。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Preferences…</source>
        <translation>偏好设置(&amp;P)…</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <location filename="../../ui/models/previewmodel.cpp" line="+84"/>
        <source>Column %1</source>
        <translation>第 %1 列</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Looks like: %1</source>
        <translation>看起来像：%1</translation>
    </message>
</context>
<context>
    <name>Project</name>
    <message>
        <location filename="../../core/project/project.cpp" line="+272"/>
        <source>%1 is a folder, not a Tailor project.</source>
        <translation>%1 是文件夹，不是 Tailor 项目。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not a Tailor project (it is not a SQLite database). The file was not changed.</source>
        <translation>%1 不是 Tailor 项目（它不是 SQLite 数据库）。文件未做任何更改。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The project %1 does not exist.</source>
        <translation>项目 %1 不存在。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 is damaged or not a SQLite database (%2). The file was not changed.</source>
        <translation>%1 已损坏或不是 SQLite 数据库（%2）。文件未做任何更改。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is a SQLite database of another application, not a Tailor project. The file was not changed.</source>
        <translation>%1 是其他应用程序的 SQLite 数据库，不是 Tailor 项目。文件未做任何更改。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 is damaged (%2). The file was not changed; restore it from a backup.</source>
        <translation>%1 已损坏（%2）。文件未做任何更改；请从备份中恢复。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 was written by a newer version of Tailor (project format %2; this version reads up to %3). Update Tailor to open it. The file was not changed.</source>
        <translation>%1 由更新版本的 Tailor 写入（项目格式 %2；此版本最高支持 %3）。请更新 Tailor 后再打开。文件未做任何更改。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Cannot create the project %1: %2</source>
        <translation>无法创建项目 %1：%2</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+19"/>
        <location line="+11"/>
        <source>Cannot update the project %1: %2</source>
        <translation>无法更新项目 %1：%2</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Cannot update the project %1 to format %2: %3</source>
        <translation>无法将项目 %1 更新到格式 %2：%3</translation>
    </message>
</context>
<context>
    <name>QueryTableModel</name>
    <message>
        <location filename="../../ui/models/querytablemodel.cpp" line="+22"/>
        <source>The rows could not be counted.</source>
        <translation>无法统计行数。</translation>
    </message>
    <message>
        <location line="+182"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
</context>
<context>
    <name>RecommendMetricsModel</name>
    <message>
        <location filename="../../ui/models/recommendmetricsmodel.cpp" line="+82"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Only rating models predict ratings; ranking models have no RMSE or MAE.</source>
        <translation>只有评分模型会预测评分；排序模型没有 RMSE 或 MAE。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Algorithm</source>
        <translation>算法</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Precision@%1</source>
        <translation>准确率@%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recall@%1</source>
        <translation>召回率@%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NDCG@%1</source>
        <translation>NDCG@%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MAP@%1</source>
        <translation>MAP@%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hit rate@%1</source>
        <translation>命中率@%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coverage</source>
        <translation>覆盖率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RMSE</source>
        <translation>RMSE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MAE</source>
        <translation>MAE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Users</source>
        <translation>用户数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit (s)</source>
        <translation>训练（秒）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Share of the top-k recommendations the customer actually bought later.</source>
        <translation>前 k 个推荐中客户后来实际购买的比例。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of the customer&apos;s held-out purchases found in the top k.</source>
        <translation>客户留出的购买中出现在前 k 个推荐里的比例。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ranking quality: hits near the top of the list count more (1 = ideal order).</source>
        <translation>排序质量：命中越靠前权重越高（1 = 理想排序）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mean average precision: precision at each hit, averaged over customers.</source>
        <translation>平均精度均值：每次命中时的准确率，再对客户取平均。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of customers with at least one hit in their top k.</source>
        <translation>前 k 个推荐中至少命中一次的客户比例。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of the catalogue recommended to at least one customer.</source>
        <translation>至少被推荐给一位客户的商品占商品目录的比例。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Root mean squared error of predicted ratings (rating models only; lower is better).</source>
        <translation>预测评分的均方根误差（仅评分模型；越低越好）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mean absolute error of predicted ratings (rating models only; lower is better).</source>
        <translation>预测评分的平均绝对误差（仅评分模型；越低越好）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers with held-out purchases who were evaluated.</source>
        <translation>参与评估的、有留出购买数据的客户数。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seconds spent training the model.</source>
        <translation>训练模型所用的秒数。</translation>
    </message>
</context>
<context>
    <name>RecommendRulesModel</name>
    <message>
        <location filename="../../ui/models/recommendrulesmodel.cpp" line="+43"/>
        <location line="+1"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Also bought</source>
        <translation>同时购买</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Support</source>
        <translation>支持度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confidence</source>
        <translation>置信度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lift</source>
        <translation>提升度</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Share of all orders that hold both products.</source>
        <translation>同时包含这两个商品的订单占全部订单的比例。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of the orders with the chosen product that also hold this one.</source>
        <translation>包含所选商品的订单中，也包含该商品的比例。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How much more often they are bought together than by chance (above 1 = together more often).</source>
        <translation>两者一起购买的频率是随机情况下的多少倍（大于 1 表示更常一起购买）。</translation>
    </message>
</context>
<context>
    <name>RecommendationStore</name>
    <message>
        <location filename="../../core/recommend/recommendationstore.cpp" line="+86"/>
        <source>Unknown algorithm &quot;%1&quot;; use one of: %2.</source>
        <translation>未知算法“%1”；请使用以下之一：%2。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The project has no purchases or ratings to learn from; import transactions or ratings first.</source>
        <translation>项目中没有可供学习的购买或评分数据；请先导入交易或评分数据。</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+7"/>
        <source>Cannot read the customers: %1</source>
        <translation>无法读取客户：%1</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+2"/>
        <location line="+5"/>
        <location line="+15"/>
        <location line="+13"/>
        <source>Cannot save the recommendations: %1</source>
        <translation>无法保存推荐结果：%1</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+18"/>
        <source>Cannot read the recommendations: %1</source>
        <translation>无法读取推荐结果：%1</translation>
    </message>
</context>
<context>
    <name>RecommendationsPage</name>
    <message>
        <location filename="../../ui/pages/recommendationspage.cpp" line="+63"/>
        <location line="+6"/>
        <source>Neighbours:</source>
        <translation>近邻数：</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>How many of the most similar products vote for each recommendation.</source>
        <translation>为每条推荐投票的最相似商品数量。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shrinkage:</source>
        <translation>收缩系数：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Damps similarities that rest on few shared customers (0 = off).</source>
        <translation>削弱仅基于少数共同客户的相似度（0 = 关闭）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How many of the most similar customers vote for each recommendation.</source>
        <translation>为每条推荐投票的最相似客户数量。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+10"/>
        <location line="+22"/>
        <source>Regularization (λ):</source>
        <translation>正则化（λ）：</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Larger values give smoother, more popular recommendations; smaller values follow the data more closely.</source>
        <translation>值越大，推荐越平滑、越偏向热门商品；值越小，越贴近数据。</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+12"/>
        <location line="+8"/>
        <source>Factors:</source>
        <translation>因子数：</translation>
    </message>
    <message>
        <location line="-19"/>
        <location line="+12"/>
        <location line="+8"/>
        <source>Size of the taste profile learned for each customer and product.</source>
        <translation>为每位客户和每个商品学习的偏好画像维度。</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Iterations:</source>
        <translation>迭代次数：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alternating least-squares sweeps; more take longer.</source>
        <translation>交替最小二乘的迭代轮数；越多耗时越长。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Penalty on large factors; guards against overfitting.</source>
        <translation>对较大因子的惩罚；防止过拟合。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confidence (α):</source>
        <translation>置信度（α）：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How much more a purchase counts than a product never bought.</source>
        <translation>购买记录相对于从未购买的商品的加权倍数。</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+8"/>
        <source>Epochs:</source>
        <translation>训练轮数：</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Passes over the purchases; more take longer.</source>
        <translation>遍历购买数据的轮数；越多耗时越长。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <source>Learning rate:</source>
        <translation>学习率：</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+8"/>
        <source>Step size of stochastic gradient descent.</source>
        <translation>随机梯度下降的步长。</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Passes over the ratings; more take longer.</source>
        <translation>遍历评分数据的轮数；越多耗时越长。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Penalty on large factors and biases; guards against overfitting.</source>
        <translation>对较大因子和偏置的惩罚；防止过拟合。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weight of the first model:</source>
        <translation>第一个模型的权重：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 uses only the first model, 0 only the second.</source>
        <translation>1 表示只用第一个模型，0 表示只用第二个模型。</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+31"/>
        <source>Recommendations</source>
        <translation>推荐</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Hold out a random share of each customer&apos;s events</source>
        <translation>随机留出每位客户的一部分行为数据</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hold out everything from a date on</source>
        <translation>留出某个日期之后的全部数据</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Evaluate</source>
        <translation>评估</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evaluate all</source>
        <translation>全部评估</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Generate for all customers</source>
        <translation>为所有客户生成</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Evaluate and generate</source>
        <translation>评估并生成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frequently bought together</source>
        <translation>经常一起购买</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Import data…</source>
        <translation>导入数据…</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Recommends the products bought by the most customers, the same for everyone. The baseline every other algorithm should beat.</source>
        <translation>为所有人推荐购买客户最多的商品，人人相同。这是其他所有算法都应超越的基线。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recommends products often bought by the same customers as the products this customer bought. Easy to explain: &quot;because you bought X&quot;.</source>
        <translation>推荐与该客户所购商品经常被同一批客户购买的商品。易于解释：“因为你购买了 X”。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Finds the customers whose purchases look most like this customer&apos;s and recommends what they bought.</source>
        <translation>找出购买行为与该客户最相似的客户，并推荐他们买过的商品。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A linear model that learns how every product predicts every other one. Often the most accurate on catalogues up to some 20,000 products.</source>
        <translation>学习每个商品如何预测其他商品的线性模型。在约 20,000 个商品以内的目录上通常最准确。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Learns a small taste profile for every customer and product from purchases (implicit alternating least squares). Scales to large catalogues.</source>
        <translation>根据购买记录为每位客户和每个商品学习一个精简的偏好画像（隐式交替最小二乘）。可扩展到大型商品目录。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Learns taste profiles by ranking each customer&apos;s products above products they did not buy (Bayesian personalized ranking).</source>
        <translation>通过把每位客户买过的商品排在未买过的商品之前来学习偏好画像（贝叶斯个性化排序）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Predicts rating values from ratings (biased matrix factorization); reports RMSE and MAE. Meant for rating data such as stars.</source>
        <translation>根据评分预测评分值（带偏置的矩阵分解）；报告 RMSE 和 MAE。适用于星级等评分数据。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recommends products of the categories and descriptions this customer bought most. Works for new products nobody bought yet.</source>
        <translation>推荐该客户购买最多的品类和描述相近的商品。对还没人买过的新商品同样有效。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Blends the scores of two algorithms with a weight, for example EASE and ALS.</source>
        <translation>按权重融合两种算法的得分，例如 EASE 和 ALS。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Picks EASE for catalogues up to 20,000 products and ALS above, with their default settings.</source>
        <translation>商品目录在 20,000 个以内时选择 EASE，超过时选择 ALS，均使用默认设置。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Algorithm</source>
        <translation>算法</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Offline evaluation</source>
        <translation>离线评估</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Per customer, a random share of the purchases is hidden from training; the algorithm should find them again.</source>
        <translation>对每位客户，随机隐藏一部分购买记录不参与训练；算法应能重新找到它们。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Trains on the events before the date and tests on the events from it on, as if the recommendations had been made on that day.</source>
        <translation>用该日期之前的数据训练，用该日期及之后的数据测试，如同在当天给出推荐。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Share of each customer&apos;s events held out for testing.</source>
        <translation>每位客户留出用于测试的行为数据比例。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The same seed gives the same split, so algorithms are compared on equal terms.</source>
        <translation>相同的种子得到相同的划分，使各算法在同等条件下比较。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Length of the recommendation list that is scored (the k of precision@k).</source>
        <translation>参与评分的推荐列表长度（precision@k 中的 k）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Share:</source>
        <translation>比例：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Seed:</source>
        <translation>种子：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Test from:</source>
        <translation>测试起始日期：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Top k:</source>
        <translation>前 k 个：</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Train the selected algorithm on the training events and score it on the held-out ones</source>
        <translation>用训练数据训练所选算法，并在留出数据上评分</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Evaluate %1 one after another, each with the parameters set for it</source>
        <translation>依次评估 %1，每个算法使用各自设置的参数</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Recommendations for every customer</source>
        <translation>为每位客户生成推荐</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How many products to store per customer. Customer profiles show them and campaigns use them as offers.</source>
        <translation>为每位客户保存的商品数量。客户画像会显示这些推荐，营销活动也会将其用作优惠。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Train the selected algorithm on all events and store each customer&apos;s top N, replacing the stored recommendations</source>
        <translation>用全部数据训练所选算法，为每位客户保存前 N 个推荐，替换已保存的推荐结果</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Products per customer:</source>
        <translation>每位客户的商品数：</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Stop the running job; stored recommendations stay as they were</source>
        <translation>停止正在运行的任务；已保存的推荐结果保持不变</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Blended algorithm; it uses its default settings.</source>
        <translation>混合算法；使用其默认设置。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First model:</source>
        <translation>第一个模型：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Second model:</source>
        <translation>第二个模型：</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>No parameters to set.</source>
        <translation>无需设置参数。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Evaluated algorithms</source>
        <translation>已评估的算法</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Each algorithm is trained on the training events and asked for its top k for every test customer; the scores count how many held-out events it found. Evaluating an algorithm again replaces its row.</source>
        <translation>每个算法都用训练数据训练，并为每位测试客户给出前 k 个推荐；得分统计其找回了多少留出数据。再次评估某算法会替换其所在行。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Products that are often in the same order, mined from all orders (association rules). Use them for cross-selling on a product page or in a basket reminder.</source>
        <translation>从所有订单中挖掘出的经常出现在同一订单中的商品（关联规则）。可用于商品页或购物车提醒中的交叉销售。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type a product name or SKU…</source>
        <translation>输入商品名称或 SKU…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Product:</source>
        <translation>商品：</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Loading the project&apos;s purchases and ratings…</source>
        <translation>正在加载项目的购买和评分数据…</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+270"/>
        <source>Stored: up to %1 products for each of %2 customers (%3 rows), computed with %4 on %5.</source>
        <translation>已保存：为 %2 位客户各保存最多 %1 个商品（%3 行），由 %4 于 %5 计算。</translation>
    </message>
    <message>
        <location line="-251"/>
        <source>The purchases could not be read: %1</source>
        <translation>无法读取购买数据：%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Learning from %1 ratings by %2 customers of %3 products</source>
        <translation>基于 %2 位客户对 %3 个商品的 %1 条评分进行学习</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Learning from %1 purchases by %2 customers of %3 products</source>
        <translation>基于 %2 位客户对 %3 个商品的 %1 次购买进行学习</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1, %2 to %3.</source>
        <translation>%1，%2 至 %3。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The events have no dates.</source>
        <translation>这些行为数据没有日期。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing stored yet. Generate to fill customer profiles and campaign offers.</source>
        <translation>尚未保存任何推荐。生成后即可用于客户画像和营销活动优惠。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open or create a project to get recommendations.</source>
        <translation>打开或创建一个项目以获取推荐。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Import orders or ratings to get recommendations. Tailor learns from what each customer bought or rated which products to offer them next.</source>
        <translation>导入订单或评分即可获取推荐。Tailor 会根据每位客户购买或评分过的商品，学习接下来该向他们推荐什么。</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1 % of each customer&apos;s events held out (seed %2), k = %3</source>
        <translation>留出每位客户 %1 % 的行为数据（种子 %2），k = %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>events from %1 on held out, k = %2</source>
        <translation>留出 %1 起的行为数据，k = %2</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1; %2</source>
        <translation>%1；%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2); %3</source>
        <translation>%1（%2）；%3</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Evaluating %1…</source>
        <translation>正在评估 %1…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evaluating %1 (1 of %2)…</source>
        <translation>正在评估 %1（第 1 个，共 %2 个）…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Unknown algorithm &quot;%1&quot;.</source>
        <translation>未知算法“%1”。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Evaluating %1 (%2 of %3)…</source>
        <translation>正在评估 %1（第 %2 个，共 %3 个）…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Evaluation cancelled after one algorithm.</source>
        <translation>评估已在完成一个算法后取消。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evaluation cancelled after %L1 algorithms.</source>
        <translation>评估已在完成 %L1 个算法后取消。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Evaluated one algorithm. Hover over its name to see the settings used.</source>
        <translation>已评估一个算法。将鼠标悬停在其名称上可查看所用设置。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evaluated %L1 algorithms. Hover over a name to see the settings used.</source>
        <translation>已评估 %L1 个算法。将鼠标悬停在名称上可查看所用设置。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Evaluation finished with errors.</source>
        <translation>评估完成，但有错误。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Evaluation failed</source>
        <translation>评估失败</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Training %1 on all events and ranking every customer…</source>
        <translation>正在用全部数据训练 %1 并为每位客户排序…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Generation cancelled. The stored recommendations are unchanged.</source>
        <translation>生成已取消。已保存的推荐结果保持不变。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Generation failed.</source>
        <translation>生成失败。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recommendations not generated</source>
        <translation>未生成推荐</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stored %1 recommendations for %2 customers with %3 in %4 s (training %5 s).</source>
        <translation>已用 %3 为 %2 位客户保存 %1 条推荐，用时 %4 秒（训练 %5 秒）。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Finding products bought together in all orders…</source>
        <translation>正在从所有订单中查找经常一起购买的商品…</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The orders could not be read: %1</source>
        <translation>无法读取订单：%1</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+54"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>%1 rules from %2 orders. Type a product to see what is bought with it.</source>
        <translation>从 %2 个订单中得到 %1 条规则。输入商品即可查看与其一起购买的商品。</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>No product matches &quot;%1&quot;.</source>
        <translation>没有商品匹配“%1”。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is in %2 % of the orders.</source>
        <translation>%1 出现在 %2 % 的订单中。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 No product is bought with it often enough (in at least %2 % of the orders that hold it).</source>
        <translation>%1 没有商品与它一起购买得足够频繁（在包含它的订单中至少占 %2 %）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 Customers who bought it also bought:</source>
        <translation>%1 购买了它的客户还购买了：</translation>
    </message>
</context>
<context>
    <name>Recommender</name>
    <message>
        <location filename="../../core/recommend/recommender.cpp" line="+210"/>
        <source>Most popular products</source>
        <translation>最热门商品</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Similar products (item k-NN)</source>
        <translation>相似商品（基于商品的 k-NN）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Similar customers (user k-NN)</source>
        <translation>相似客户（基于用户的 k-NN）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>EASE (linear item model)</source>
        <translation>EASE（线性商品模型）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Matrix factorization (ALS)</source>
        <translation>矩阵分解（ALS）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pairwise ranking (BPR)</source>
        <translation>成对排序（BPR）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rating prediction (biased MF)</source>
        <translation>评分预测（带偏置的 MF）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Same category (content-based)</source>
        <translation>同品类（基于内容）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hybrid of two models</source>
        <translation>两个模型的混合</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Automatic choice</source>
        <translation>自动选择</translation>
    </message>
</context>
<context>
    <name>RecordSource</name>
    <message>
        <location filename="../../core/importing/recordsource.cpp" line="+13"/>
        <source>%1 does not exist.</source>
        <translation>%1 不存在。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is a folder; choose a file.</source>
        <translation>%1 是文件夹；请选择一个文件。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
</context>
<context>
    <name>RejectedRowsExport</name>
    <message>
        <location filename="../../core/importing/rejectedrowsexport.cpp" line="+47"/>
        <location line="+19"/>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>line,column,reason,raw_text</source>
        <translation>行号,列,原因,原始文本</translation>
    </message>
</context>
<context>
    <name>RejectedRowsExporter</name>
    <message>
        <location filename="../../ui/dialogs/rejectedrowsexporter.cpp" line="+32"/>
        <source>Export rejected rows</source>
        <translation>导出被拒绝的行</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>rejected-rows.csv</source>
        <translation>被拒绝的行.csv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
</context>
<context>
    <name>ReportBuilder</name>
    <message>
        <location filename="../../core/reports/reportbuilder.cpp" line="+54"/>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SMS</source>
        <translation>短信</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ad audience (hashed)</source>
        <translation>广告受众（哈希处理）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export only</source>
        <translation>仅导出</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+12"/>
        <source>Cannot read the project for the report: %1</source>
        <translation>无法读取项目以生成报告：%1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>No data yet. Import customers or orders to fill this report.</source>
        <translation>暂无数据。导入客户或订单即可生成此报告。</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+26"/>
        <location line="+43"/>
        <location line="+64"/>
        <location line="+31"/>
        <location line="+3"/>
        <location line="+14"/>
        <location line="+45"/>
        <location line="+13"/>
        <location line="+124"/>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <location line="-362"/>
        <source>Products</source>
        <translation>商品</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order lines</source>
        <translation>订单明细</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+21"/>
        <location line="+44"/>
        <location line="+14"/>
        <location line="+99"/>
        <source>Orders</source>
        <translation>订单数</translation>
    </message>
    <message>
        <location line="-177"/>
        <source>Customers with orders</source>
        <translation>有订单的客户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First order</source>
        <translation>首笔订单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last order</source>
        <translation>最近一笔订单</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+18"/>
        <location line="+6"/>
        <location line="+7"/>
        <location line="+20"/>
        <location line="+6"/>
        <location line="+5"/>
        <location line="+14"/>
        <source>Net revenue</source>
        <translation>净收入</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>Returned value</source>
        <translation>退货金额</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ratings</source>
        <translation>评分</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+80"/>
        <source>Imports</source>
        <translation>导入记录</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>Rejected rows</source>
        <translation>被拒绝的行</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+17"/>
        <source>Revenue by month</source>
        <translation>月度收入</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Net revenue by month</source>
        <translation>月度净收入</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sum of quantity × unit price per calendar month (UTC); returns count negative.</source>
        <translation>每个自然月（UTC）数量 × 单价之和；退货计为负数。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Top countries</source>
        <translation>主要国家/地区</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No orders are linked to customers yet.</source>
        <translation>还没有与客户关联的订单。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Net revenue by country (top %1)</source>
        <translation>各国家/地区净收入（前 %1）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Top countries by net revenue</source>
        <translation>净收入最高的国家/地区</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>国家/地区</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Top products</source>
        <translation>热销商品</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Top products by net revenue</source>
        <translation>净收入最高的商品</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+156"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location line="-156"/>
        <location line="+156"/>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <location line="-155"/>
        <source>Units</source>
        <translation>件数</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No imports recorded.</source>
        <translation>没有导入记录。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Import runs</source>
        <translation>导入记录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Started (UTC)</source>
        <translation>开始时间（UTC）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rows read</source>
        <translation>读取行数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicates</source>
        <translation>重复</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No segments yet. Build RFM segments on the Segments page or with `tailor-cli segment rfm`.</source>
        <translation>还没有客户分群。请在“客户分群”页面或使用 `tailor-cli segment rfm` 创建 RFM 客户分群。</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n saved segment(s).</source>
        <translation>
            <numerusform>%n 个已保存的客户分群。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved segments</source>
        <translation>已保存的客户分群</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Segment</source>
        <translation>客户分群</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No RFM scores yet: run an RFM segmentation to see the distribution.</source>
        <translation>还没有 RFM 评分：运行 RFM 客户分群后即可查看分布。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Customers per RFM segment</source>
        <translation>各 RFM 分群的客户数</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%L1 customers with RFM scores.</source>
        <translation>%L1 位客户有 RFM 评分。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RFM distribution</source>
        <translation>RFM 分布</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Averages per RFM segment</source>
        <translation>各 RFM 分群的平均值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RFM segment</source>
        <translation>RFM 客户分群</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recency (days)</source>
        <translation>最近消费间隔（天）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Net spend</source>
        <translation>净消费</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CLV 12 months</source>
        <translation>12 个月 CLV</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CLV is empty until a lifetime-value segmentation has run.</source>
        <translation>运行生命周期价值分群后才会有 CLV。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No recommendations yet. Generate them on the Recommendations page.</source>
        <translation>还没有推荐。请在“推荐”页面生成。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Algorithm</source>
        <translation>算法</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generated</source>
        <translation>生成时间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customers covered</source>
        <translation>覆盖的客户</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%L1 of %L2 (%3 %)</source>
        <translation>%L2 中的 %L1（%3 %）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recommendations stored</source>
        <translation>已保存的推荐</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+70"/>
        <source>Catalog coverage</source>
        <translation>商品目录覆盖率</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>%L1 of %L2 products (%3 %)</source>
        <translation>%L2 个商品中的 %L1 个（%3 %）</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+11"/>
        <location line="+3"/>
        <source>Most recommended products</source>
        <translation>被推荐最多的商品</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Customers it is recommended to</source>
        <translation>被推荐给的客户数</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>As first pick</source>
        <translation>作为首选推荐</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mean rank</source>
        <translation>平均排名</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+46"/>
        <source>Offline evaluation</source>
        <translation>离线评估</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>Not included: the evaluation option was off when this report was made (it fits a model and can take minutes on large projects).</source>
        <translation>未包含：生成此报告时评估选项处于关闭状态（评估需要拟合模型，在大型项目上可能耗时数分钟）。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Unknown algorithm &quot;%1&quot;.</source>
        <translation>未知算法“%1”。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No purchases or ratings to evaluate on.</source>
        <translation>没有可用于评估的购买或评分数据。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The evaluation failed: %1</source>
        <translation>评估失败：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 fitted on 75 % of each customer&apos;s events (seed 42) and scored on the held-out 25 %; %L2 customers evaluated at k = %3.</source>
        <translation>%1 在每位客户 75 % 的行为数据上拟合（种子 42），并在留出的 25 % 上评分；在 k = %3 下评估了 %L2 位客户。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Precision@k</source>
        <translation>准确率@k</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Recall@k</source>
        <translation>召回率@k</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NDCG@k</source>
        <translation>NDCG@k</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>MAP@k</source>
        <translation>MAP@k</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hit rate@k</source>
        <translation>命中率@k</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>RMSE</source>
        <translation>RMSE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MAE</source>
        <translation>MAE</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No experiments yet. Design one on the Experiments page or import experiment results.</source>
        <translation>还没有实验。请在“实验”页面设计实验，或导入实验结果。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No outcomes recorded yet: nothing to analyse.</source>
        <translation>尚未记录结果：没有可分析的内容。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot analyse: %1</source>
        <translation>无法分析：%1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Outcome &quot;%1&quot; (the first of %n outcome metric(s)), analysed as %2 with %3 % intervals.</source>
        <translation>
            <numerusform>结果指标“%1”（%n 个结果指标中的第一个），按%2分析，置信区间 %3 %。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a rate</source>
        <translation>比率</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>a mean</source>
        <translation>均值</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Audience: segment %1.</source>
        <translation>受众：客户分群 %1。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2 per arm</source>
        <translation>%1：每组 %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 rate</source>
        <translation>%1 比率</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mean %1</source>
        <translation>%1 均值</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>control</source>
        <translation>对照组</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>holdout</source>
        <translation>留出组</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>variant</source>
        <translation>实验组</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Points are arm means, whiskers their %1 % confidence intervals; the control is grey.</source>
        <translation>点表示各分组的均值，误差线为其 %1 % 置信区间；对照组为灰色。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: arms</source>
        <translation>%1：各分组</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <source>Arm</source>
        <translation>分组</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rate</source>
        <translation>比率</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mean</source>
        <translation>平均值</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+11"/>
        <source>CI low</source>
        <translation>置信区间下限</translation>
    </message>
    <message>
        <location line="-11"/>
        <location line="+11"/>
        <source>CI high</source>
        <translation>置信区间上限</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>%1: arms vs control</source>
        <translation>%1：各分组与对照组对比</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Control</source>
        <translation>对照组</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Difference</source>
        <translation>差值</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lift</source>
        <translation>提升</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>p</source>
        <translation>p</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>p adjusted</source>
        <translation>调整后 p</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>P(beats control)</source>
        <translation>P（优于对照组）</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No campaigns yet. Create one on the Campaigns page.</source>
        <translation>还没有营销活动。请在“营销活动”页面创建。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Campaign response rates</source>
        <translation>营销活动响应率</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opened</source>
        <translation>打开</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Clicked</source>
        <translation>点击</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Converted</source>
        <translation>转化</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Share of contacted customers</source>
        <translation>占已触达客户的比例</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>experiment arm</source>
        <translation>实验分组</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%n campaign(s).</source>
        <translation>
            <numerusform>%n 个营销活动。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Audience and exclusions</source>
        <translation>受众与排除</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+14"/>
        <source>Campaign</source>
        <translation>营销活动</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Audience</source>
        <translation>受众</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Holdout</source>
        <translation>留出组</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Opted out</source>
        <translation>已退订</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No contact</source>
        <translation>无联系方式</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Frequency cap</source>
        <translation>频次限制</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exports</source>
        <translation>导出次数</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+9"/>
        <source>Responses</source>
        <translation>响应</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>No responses imported yet. Import the e-mail tool&apos;s results to see open, click and conversion rates.</source>
        <translation>尚未导入响应数据。导入邮件工具的结果即可查看打开率、点击率和转化率。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Responses of contacted customers</source>
        <translation>已触达客户的响应</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacted</source>
        <translation>已触达</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open rate</source>
        <translation>打开率</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Click rate</source>
        <translation>点击率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conversion rate</source>
        <translation>转化率</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Revenue</source>
        <translation>消费金额</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Data summary</source>
        <translation>数据概览</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Segments</source>
        <translation>客户分群</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recommendations</source>
        <translation>推荐</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Experiments</source>
        <translation>实验</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaigns</source>
        <translation>营销活动</translation>
    </message>
</context>
<context>
    <name>ReportBundle</name>
    <message>
        <location filename="../../core/reports/reportbundle.cpp" line="+20"/>
        <source>Cannot create %1: %2</source>
        <translation>无法创建 %1：%2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot create %1 (zip error %2).</source>
        <translation>无法创建 %1（zip 错误 %2）。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Cannot write %1 into %2: %3 (zip error %4). Check the free disk space.</source>
        <translation>无法将 %1 写入 %2：%3（zip 错误 %4）。请检查可用磁盘空间。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot write %1 into %2 (zip error %3).</source>
        <translation>无法将 %1 写入 %2（zip 错误 %3）。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot finish %1 (zip error %2).</source>
        <translation>无法完成 %1（zip 错误 %2）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot save %1: %2</source>
        <translation>无法保存 %1：%2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot open %1 as a zip archive (zip error %2).</source>
        <translation>无法将 %1 作为 zip 压缩包打开（zip 错误 %2）。</translation>
    </message>
</context>
<context>
    <name>ReportChartPainter</name>
    <message>
        <location filename="../../ui/reports/reportchartpainter.cpp" line="+157"/>
        <source>No data</source>
        <translation>无数据</translation>
    </message>
</context>
<context>
    <name>ReportExporter</name>
    <message>
        <location filename="../../ui/reports/reportexporter.cpp" line="+140"/>
        <source>Tailor report: %1</source>
        <translation>Tailor 报告：%1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Cannot start the PDF.</source>
        <translation>无法开始生成 PDF。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 · Tailor report · %2</source>
        <translation>%1 · Tailor 报告 · %2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The PDF could not be written.</source>
        <translation>无法写入 PDF。</translation>
    </message>
</context>
<context>
    <name>ReportHtml</name>
    <message>
        <location filename="../../core/reports/reporthtml.cpp" line="+70"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt; %1</source>
        <translation>&lt; %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Tailor report: %1</source>
        <translation>Tailor 报告：%1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>TAILOR · PROJECT REPORT</source>
        <translation>TAILOR · 项目报告</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+11"/>
        <source>Generated %1</source>
        <translation>生成于 %1</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+11"/>
        <source>Contents</source>
        <translation>目录</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Tailor · project report</source>
        <translation>Tailor · 项目报告</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No sections were selected.</source>
        <translation>未选择任何章节。</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>No rows.</source>
        <translation>没有数据行。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Made with Tailor. Tables are in tables/*.csv, charts in charts/*.png.</source>
        <translation>由 Tailor 生成。表格位于 tables/*.csv，图表位于 charts/*.png。</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../ui/pages/reportspage.cpp" line="+66"/>
        <location line="+17"/>
        <source>Reports</source>
        <translation>报告</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Data summary</source>
        <translation>数据概览</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Segments</source>
        <translation>客户分群</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recommendations</source>
        <translation>推荐</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evaluate the recommender offline (slower)</source>
        <translation>离线评估推荐算法（较慢）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Experiments</source>
        <translation>实验</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaigns</source>
        <translation>营销活动</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export report…</source>
        <translation>导出报告…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A report of the project for colleagues: a PDF and an HTML page with charts, plus the tables as CSV, in one zip file.</source>
        <translation>供同事查阅的项目报告：包含一份 PDF 和一个带图表的 HTML 页面，以及 CSV 格式的数据表，打包在一个 zip 文件中。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Counts, imports, revenue by month, top countries and products</source>
        <translation>数量统计、导入记录、月度收入、主要国家/地区和热销商品</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved segments, the RFM distribution and averages per segment</source>
        <translation>已保存的客户分群、RFM 分布及各分群的平均值</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Coverage and the most recommended products of the stored recommendations</source>
        <translation>已保存推荐的覆盖率和被推荐最多的商品</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fits a recommender on 75 % of each customer&apos;s purchases and scores the rest; can take minutes</source>
        <translation>用每位客户 75 % 的购买数据拟合推荐算法，并对其余部分评分；可能需要几分钟</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each experiment&apos;s first outcome against its control: arms, verdicts and warnings</source>
        <translation>每个实验的第一个结果指标与对照组的比较：分组、结论和警告</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audience, exclusions, exports and response rates</source>
        <translation>受众、排除、导出和响应率</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sections</source>
        <translation>章节</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+112"/>
        <source>Write the report as a zip file: report.pdf, report.html, charts and tables</source>
        <translation>将报告写入 zip 文件：report.pdf、report.html、图表和数据表</translation>
    </message>
    <message>
        <location line="-109"/>
        <source>Stop the export; no file is written</source>
        <translation>停止导出；不会写入任何文件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the folder of the exported report</source>
        <translation>显示导出报告所在的文件夹</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&lt;b&gt;Preview&lt;/b&gt;</source>
        <translation>&lt;b&gt;预览&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+51"/>
        <source>Import data…</source>
        <translation>导入数据…</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Import customers or orders to make a report. The report summarises the data, segments, recommendations, experiments and campaigns.</source>
        <translation>导入客户或订单即可生成报告。报告汇总数据、客户分群、推荐、实验和营销活动。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open or create a project to make a report.</source>
        <translation>打开或创建一个项目以生成报告。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Choose at least one section</source>
        <translation>请至少选择一个章节</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Updating…</source>
        <translation>正在更新…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Preview failed</source>
        <translation>预览失败</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The offline evaluation is computed when you export.</source>
        <translation>离线评估会在导出时计算。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 report.zip</source>
        <translation>%1 报告.zip</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Zip archives (*.zip)</source>
        <translation>Zip 压缩包 (*.zip)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Writing the report; the recommender evaluation can take a few minutes…</source>
        <translation>正在写入报告；推荐算法评估可能需要几分钟…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing the report…</source>
        <translation>正在写入报告…</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+5"/>
        <source>Export cancelled. No file was written.</source>
        <translation>导出已取消，未写入任何文件。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The export failed.</source>
        <translation>导出失败。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Saved %1 (%2): a %n-page PDF, HTML, charts and tables.</source>
        <translation>
            <numerusform>已保存 %1（%2）：%n 页的 PDF、HTML、图表和数据表。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResponseImporter</name>
    <message>
        <location filename="../../core/campaigns/responseimporter.cpp" line="+75"/>
        <source>There is no campaign named &quot;%1&quot;.</source>
        <translation>不存在名为“%1”的营销活动。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 has no customer column (customer_id, customer, id or email); its columns are: %2</source>
        <translation>%1 没有客户列（customer_id、customer、id 或 email）；其列为：%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 has no response column (opened, clicked, converted or revenue); its columns are: %2</source>
        <translation>%1 没有响应列（opened、clicked、converted 或 revenue）；其列为：%2</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>Cannot store the responses: %1</source>
        <translation>无法保存响应数据：%1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cannot store the experiment outcomes: %1</source>
        <translation>无法保存实验结果：%1</translation>
    </message>
</context>
<context>
    <name>Rfm</name>
    <message>
        <location filename="../../core/segments/rfm.cpp" line="+316"/>
        <source>The project has no order lines with a customer. Import order data first.</source>
        <translation>项目中没有带客户的订单明细。请先导入订单数据。</translation>
    </message>
    <message>
        <location line="-29"/>
        <location line="+42"/>
        <location line="+31"/>
        <source>Cannot compute RFM: %1</source>
        <translation>无法计算 RFM：%1</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+23"/>
        <location line="+25"/>
        <location line="+17"/>
        <source>Cannot save RFM: %1</source>
        <translation>无法保存 RFM：%1</translation>
    </message>
</context>
<context>
    <name>RfmHeatmap</name>
    <message>
        <location filename="../../ui/charts/rfmheatmap.cpp" line="+10"/>
        <source>Customers by recency score (rows) and frequency score (columns). Each cell shows the number of customers and their average spend; darker cells spend more.</source>
        <translation>按最近一次消费评分（行）和消费频率评分（列）划分的客户。每个单元格显示客户数及其平均消费金额；颜色越深，消费越高。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Recency</source>
        <translation>最近一次消费</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1k</source>
        <translation>%1k</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Frequency score</source>
        <translation>消费频率评分</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Recency score</source>
        <translation>最近一次消费评分</translation>
    </message>
</context>
<context>
    <name>RowSource</name>
    <message>
        <location filename="../../core/project/rowsource.cpp" line="+31"/>
        <source>%1 is not a project this version of Tailor can read.</source>
        <translation>%1 不是此版本 Tailor 可以读取的项目。</translation>
    </message>
</context>
<context>
    <name>SegmentName</name>
    <message>
        <location filename="../../core/segments/segmentstore.cpp" line="+15"/>
        <source>Champions</source>
        <translation>重要价值客户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loyal</source>
        <translation>忠诚客户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Potential Loyalist</source>
        <translation>潜在忠诚客户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New</source>
        <translation>新客户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promising</source>
        <translation>潜力客户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Need Attention</source>
        <translation>需要关注客户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About to Sleep</source>
        <translation>即将沉睡客户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At Risk</source>
        <translation>流失风险客户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Can&apos;t Lose</source>
        <translation>重要挽留客户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hibernating</source>
        <translation>沉睡客户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lost</source>
        <translation>已流失客户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High value (CLV top 20%)</source>
        <translation>高价值（CLV 前 20%）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medium value (CLV next 30%)</source>
        <translation>中价值（CLV 其后 30%）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Low value (CLV bottom 50%)</source>
        <translation>低价值（CLV 后 50%）</translation>
    </message>
</context>
<context>
    <name>SegmentRule</name>
    <message>
        <location filename="../../core/segments/segmentrule.cpp" line="+20"/>
        <source>Customer id</source>
        <translation>客户 ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail address</source>
        <translation>电子邮箱地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>国家/地区</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign-up date (YYYY-MM-DD)</source>
        <translation>注册日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opted out (1) or not (0)</source>
        <translation>已退订（1）或未退订（0）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Income</source>
        <translation>收入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of orders</source>
        <translation>订单数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total spend, returns subtracted</source>
        <translation>消费总额（已扣除退货）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First purchase date (YYYY-MM-DD)</source>
        <translation>首次购买日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last purchase date (YYYY-MM-DD)</source>
        <translation>最近一次购买日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RFM recency in days</source>
        <translation>RFM 最近一次消费（天）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RFM frequency (orders)</source>
        <translation>RFM 消费频率（订单数）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RFM monetary value</source>
        <translation>RFM 消费金额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RFM recency score 1-5</source>
        <translation>RFM 最近一次消费评分 1-5</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RFM frequency score 1-5</source>
        <translation>RFM 消费频率评分 1-5</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RFM monetary score 1-5</source>
        <translation>RFM 消费金额评分 1-5</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RFM segment name</source>
        <translation>RFM 分群名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Predicted 12-month value</source>
        <translation>预测 12 个月价值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Probability still active (0-1)</source>
        <translation>仍活跃的概率（0-1）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Member of a saved segment</source>
        <translation>属于某个已保存的客户分群</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bought a product (SKU or name)</source>
        <translation>购买过某商品（SKU 或名称）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bought from a category</source>
        <translation>购买过某品类</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Unexpected &quot;%1&quot; at position %2.</source>
        <translation>位置 %2 处出现意外的“%1”。</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>The text starting at position %1 has no closing quote.</source>
        <translation>从位置 %1 开始的文本没有结束引号。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Unknown operator &quot;!&quot; at position %1; use != .</source>
        <translation>位置 %1 处有未知运算符“!”；请使用 != 。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Unexpected character &quot;%1&quot; at position %2.</source>
        <translation>位置 %2 处有意外字符“%1”。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The rule is empty. Write a condition such as revenue &gt; 1000.</source>
        <translation>规则为空。请输入条件，例如 revenue &gt; 1000。</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The rule nests too deeply.</source>
        <translation>规则嵌套过深。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>A &quot;)&quot; is missing at position %1.</source>
        <translation>位置 %1 处缺少“)”。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Expected a field name at position %1, found &quot;%2&quot;.</source>
        <translation>位置 %1 处应为字段名，但找到的是“%2”。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unknown field &quot;%1&quot; at position %2. Fields: %3.</source>
        <translation>位置 %2 处有未知字段“%1”。可用字段：%3。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Expected an operator (= != &lt; &lt;= &gt; &gt;= CONTAINS STARTS_WITH) after %1 at position %2.</source>
        <translation>位置 %2 处的 %1 之后应为运算符（= != &lt; &lt;= &gt; &gt;= CONTAINS STARTS_WITH）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Expected a number or a quoted text at position %1.</source>
        <translation>位置 %1 处应为数字或带引号的文本。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; at position %2 is not a number.</source>
        <translation>位置 %2 处的“%1”不是数字。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is a number; compare it with a number, not text (position %2).</source>
        <translation>%1 是数值；请与数字比较，而不是文本（位置 %2）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 works on text, not on the number field %2 (position %3).</source>
        <translation>%1 用于文本，不能用于数值字段 %2（位置 %3）。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 takes =, CONTAINS or STARTS_WITH (position %2); use NOT to negate.</source>
        <translation>%1 只接受 =、CONTAINS 或 STARTS_WITH（位置 %2）；取反请使用 NOT。</translation>
    </message>
    <message>
        <location line="+50"/>
        <location line="+7"/>
        <source>The rule could not run: %1</source>
        <translation>规则无法运行：%1</translation>
    </message>
</context>
<context>
    <name>SegmentStore</name>
    <message>
        <location filename="../../core/segments/segmentstore.cpp" line="+34"/>
        <source>RFM</source>
        <translation>RFM</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>k-means</source>
        <translation>k-means</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lifetime value</source>
        <translation>生命周期价值</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A segment name needs 1 to 80 characters.</source>
        <translation>客户分群名称须为 1 到 80 个字符。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A segment name cannot contain control characters.</source>
        <translation>客户分群名称不能包含控制字符。</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+4"/>
        <source>Cannot save segments: %1</source>
        <translation>无法保存客户分群：%1</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>There is no segment named &quot;%1&quot;.</source>
        <translation>不存在名为“%1”的客户分群。</translation>
    </message>
</context>
<context>
    <name>SegmentationWizard</name>
    <message>
        <location filename="../../ui/wizards/segmentationwizard.cpp" line="+84"/>
        <location line="+24"/>
        <location line="+586"/>
        <location line="+36"/>
        <source>Segment</source>
        <translation>客户分群</translation>
    </message>
    <message>
        <location line="-646"/>
        <location line="+24"/>
        <location line="+500"/>
        <location line="+86"/>
        <location line="+36"/>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <location line="-645"/>
        <source>Avg. recency (days)</source>
        <translation>平均最近消费间隔（天）</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+609"/>
        <source>Avg. orders</source>
        <translation>平均订单数</translation>
    </message>
    <message>
        <location line="-608"/>
        <location line="+608"/>
        <source>Avg. spend</source>
        <translation>平均消费金额</translation>
    </message>
    <message>
        <location line="-585"/>
        <source>Avg. predicted 12-month value</source>
        <translation>平均预测 12 个月价值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avg. expected purchases</source>
        <translation>平均预期购买次数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Avg. probability active</source>
        <translation>平均活跃概率</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>RFM: recency, frequency and monetary value</source>
        <translation>RFM：最近一次消费、消费频率和消费金额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lifetime value: predicted 12-month value (BG/NBD and Gamma-Gamma)</source>
        <translation>生命周期价值：预测未来 12 个月价值（BG/NBD 和 Gamma-Gamma）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rule: customers who match conditions you set</source>
        <translation>规则：符合你所设条件的客户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>k-means clusters: groups of customers who look alike</source>
        <translation>k-means 聚类：相似客户的分组</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose the number of clusters by silhouette (3 to 8)</source>
        <translation>按轮廓系数选择簇数（3 到 8）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The day after the last order in the data</source>
        <translation>数据中最后一笔订单的次日</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>New segmentation</source>
        <translation>新建客户分群</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose how to segment</source>
        <translation>选择分群方式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Segments group customers so that campaigns and experiments can target them.</source>
        <translation>客户分群将客户归组，便于营销活动和实验精准触达。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scores every customer with at least one purchase from 1 to 5 on how recently, how often and how much they bought, and names the segments marketers use: Champions, Loyal, At Risk, Can&apos;t Lose, Lost and more.</source>
        <translation>为每位至少有一次购买的客户，按最近一次消费、消费频率和消费金额分别打 1 到 5 分，并归入营销人员常用的分群：Champions（重要价值客户）、Loyal（忠诚客户）、At Risk（流失风险客户）、Can&apos;t Lose（重要挽留客户）、Lost（已流失客户）等。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Fits how often customers buy and how likely they are still active (BG/NBD) and how much they spend per purchase (Gamma-Gamma), predicts each customer&apos;s value for the next 12 months and groups them into high, medium and low value.</source>
        <translation>拟合客户的购买频率和仍活跃的可能性（BG/NBD）以及每次购买的消费金额（Gamma-Gamma），预测每位客户未来 12 个月的价值，并分为高、中、低价值三组。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Builds a segment from conditions on customer fields, RFM and lifetime-value scores, segment membership and purchases, for example customers in France who spent more than 500 and bought a lantern.</source>
        <translation>根据客户字段、RFM 和生命周期价值评分、分群归属及购买记录上的条件创建客户分群，例如：在法国消费超过 500 且买过灯笼的客户。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Finds groups of similar customers from the measures you pick (recency, orders, spend, tenure, basket size, returns), describes each group in plain words and shows them on a scatter chart.</source>
        <translation>根据你选择的指标（最近一次消费、订单数、消费金额、客户时长、购物篮大小、退货）找出相似的客户群，用通俗的语言描述每个群，并在散点图中展示。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Options</source>
        <translation>选项</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The defaults suit most data.</source>
        <translation>默认设置适用于大多数数据。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Recency is counted in days up to the reference date:</source>
        <translation>最近一次消费按距参考日期的天数计算：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>An L2 penalty on the model parameters; a small value (0.001) steadies fits on small data.</source>
        <translation>对模型参数施加 L2 惩罚；较小的值（0.001）可使小数据集上的拟合更稳定。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Penalizer:</source>
        <translation>惩罚项：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Purchases are counted per day; returns and anonymous lines are left out. Convergence of both fits is reported with the results.</source>
        <translation>购买按天计数；退货和匿名明细不计入。两个模型的收敛情况会随结果一起显示。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. Big spenders in France</source>
        <translation>例如：法国高消费客户</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>all of these conditions (AND)</source>
        <translation>满足以下所有条件（AND）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>any of these conditions (OR)</source>
        <translation>满足以下任一条件（OR）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add condition</source>
        <translation>添加条件</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Segment name:</source>
        <translation>分群名称：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customers who match:</source>
        <translation>匹配的客户：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Group customers on these measures:</source>
        <translation>按以下指标对客户分组：</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Pick at least one measure.</source>
        <translation>请至少选择一个指标。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tries 3 to 8 clusters and keeps the number whose clusters are best separated (the highest silhouette). The results page shows the elbow curve too.</source>
        <translation>尝试 3 到 8 个簇，保留簇间区分最好（轮廓系数最高）的簇数。结果页也会显示肘部曲线。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Number of clusters:</source>
        <translation>簇数：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spend, orders and units are log-scaled and every measure is standardized, so no single measure dominates. Ten k-means++ starts; the best is kept.</source>
        <translation>消费金额、订单数和件数取对数，所有指标均经过标准化，避免单一指标占主导。进行十次 k-means++ 初始化，保留最佳结果。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Results</source>
        <translation>结果</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the segments, then Finish to save them in the project (segments of an earlier run of the same method are replaced).</source>
        <translation>检查分群结果，然后点击“完成”将其保存到项目中（同一方法之前运行生成的分群会被替换）。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Clusters</source>
        <translation>聚类分群</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choosing k</source>
        <translation>选择 k 值</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>is</source>
        <translation>等于</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>is not</source>
        <translation>不等于</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>is more than</source>
        <translation>大于</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is at least</source>
        <translation>不低于</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>is less than</source>
        <translation>小于</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is at most</source>
        <translation>不超过</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>contains</source>
        <translation>包含</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>starts with</source>
        <translation>开头为</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>value</source>
        <translation>值</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove this condition</source>
        <translation>删除此条件</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Add at least one condition.</source>
        <translation>请至少添加一个条件。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rule: &lt;code&gt;%1&lt;/code&gt;</source>
        <translation>规则：&lt;code&gt;%1&lt;/code&gt;</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Not run yet.</source>
        <translation>尚未运行。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Working…</source>
        <translation>正在处理…</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>No customer could be modelled.</source>
        <translation>没有可建模的客户。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Customers per segment</source>
        <translation>各分群客户数</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Customers scored: %L1 (reference date %2). Left out: %L3 whose lines are all returns, %L4 without orders. Heat map cells show customers and average spend.</source>
        <translation>已评分客户：%L1 位（参考日期 %2）。排除：%L3 位明细全为退货，%L4 位没有订单。热力图单元格显示客户数和平均消费金额。</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+52"/>
        <source>converged</source>
        <translation>已收敛</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>did NOT converge</source>
        <translation>未收敛</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers modelled: %L1 (observed up to %2).&lt;br&gt;BG/NBD r = %3, α = %4, a = %5, b = %6 (%7). Gamma-Gamma p = %8, q = %9, v = %10 (%11).</source>
        <translation>已建模客户：%L1 位（观察截至 %2）。&lt;br&gt;BG/NBD r = %3，α = %4，a = %5，b = %6（%7）。Gamma-Gamma p = %8，q = %9，v = %10（%11）。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%L1 customers match &lt;code&gt;%2&lt;/code&gt;. Finish saves them as the segment &quot;%3&quot;.</source>
        <translation>%L1 位客户符合 &lt;code&gt;%2&lt;/code&gt;。点击“完成”将其保存为客户分群“%3”。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%L1 clusters of %L2 customers; inertia %L3 after %L4 iterations (%5); silhouette %L6.</source>
        <translation>%L2 位客户分为 %L1 个簇；%L4 次迭代后惯性为 %L3（%5）；轮廓系数 %L6。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>stopped at the iteration limit</source>
        <translation>达到迭代次数上限后停止</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>k = %1 has the best silhouette of the %2 values tried.</source>
        <translation>在尝试的 %2 个值中，k = %1 的轮廓系数最高。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cluster %1</source>
        <translation>簇 %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Avg. %1</source>
        <translation>平均%1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>All customers</source>
        <translation>全部客户</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cancelled. Nothing was changed; go Back to run again.</source>
        <translation>已取消，未做任何更改；点击“上一步”可重新运行。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Saving segments…</source>
        <translation>正在保存客户分群…</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Cannot save segments</source>
        <translation>无法保存客户分群</translation>
    </message>
</context>
<context>
    <name>SegmentsPage</name>
    <message>
        <location filename="../../ui/pages/segmentspage.cpp" line="+22"/>
        <location line="+6"/>
        <source>Segments</source>
        <translation>客户分群</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+44"/>
        <location line="+49"/>
        <source>New segmentation…</source>
        <translation>新建客户分群…</translation>
    </message>
    <message>
        <location line="-91"/>
        <source>Build RFM segments from the customers&apos; orders</source>
        <translation>根据客户订单创建 RFM 客户分群</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show customers</source>
        <translation>查看客户</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the selected segment&apos;s members in the Customers page</source>
        <translation>在“客户”页面中查看所选分群的成员</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Segment</source>
        <translation>客户分群</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>1 saved segment. Double-click it to see its customers.</source>
        <translation>1 个已保存的客户分群。双击即可查看其客户。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%L1 saved segments. Double-click one to see its customers.</source>
        <translation>%L1 个已保存的客户分群。双击任一分群即可查看其客户。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No segments yet. Build RFM segments from your customers&apos; orders and save them for campaigns and experiments.</source>
        <translation>还没有客户分群。根据客户订单创建 RFM 客户分群，并保存下来用于营销活动和实验。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import order data to see segments. RFM segments are built from your customers&apos; orders.</source>
        <translation>导入订单数据以查看客户分群。RFM 客户分群基于客户的订单生成。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import data…</source>
        <translation>导入数据…</translation>
    </message>
</context>
<context>
    <name>ValueParser</name>
    <message>
        <location filename="../../core/importing/valueparser.cpp" line="+747"/>
        <source>Empty</source>
        <translation>空</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Integer</source>
        <translation>整数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number</source>
        <translation>数字</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes/No</source>
        <translation>是/否</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Text</source>
        <translation>文本</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../ui/pages/welcomepage.cpp" line="+16"/>
        <source>Welcome to Tailor</source>
        <translation>欢迎使用 Tailor</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import your customers and orders, see every customer&apos;s profile, build segments, recommend products, test offers and export personalized campaigns.</source>
        <translation>导入客户和订单，查看每位客户的画像，创建客户分群，推荐商品，测试优惠，并导出个性化营销活动。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open demo project</source>
        <translation>打开示例项目</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A sample of the UCI Online Retail data, ready to explore</source>
        <translation>UCI Online Retail 数据的样本，可直接探索</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New project…</source>
        <translation>新建项目…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open project…</source>
        <translation>打开项目…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Recent projects</source>
        <translation>最近的项目</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1  —  %2</source>
        <translation>%1  —  %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No recent projects yet.</source>
        <translation>还没有最近的项目。</translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <location filename="../../core/importing/xlsxreader.cpp" line="+96"/>
        <source>a document type declaration is not allowed</source>
        <translation>不允许使用文档类型声明</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>the XML ends inside an element</source>
        <translation>XML 在元素内部意外结束</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 (%2) is missing from the workbook.</source>
        <translation>工作簿中缺少 %1（%2）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is encrypted. Remove the password in Excel and save the workbook again.</source>
        <translation>%1 已加密。请在 Excel 中移除密码后重新保存工作簿。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 inflates to %2 MB, past the limit of %3 MB. The file may be a zip bomb; if it is genuine, raise the limit.</source>
        <translation>%1 解压后为 %2 MB，超过了 %3 MB 的上限。该文件可能是 zip 炸弹；如果文件确实正常，请提高上限。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 inflates past the limit of %2 MB although the zip directory gives %3 MB. The file may be a zip bomb.</source>
        <translation>尽管 zip 目录标明为 %3 MB，%1 解压后仍超过了 %2 MB 的上限。该文件可能是 zip 炸弹。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is damaged (zip error %2). Save or download the workbook again.</source>
        <translation>%1 已损坏（zip 错误 %2）。请重新保存或下载该工作簿。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not well-formed XML: %2 (line %3, column %4 of %5).</source>
        <translation>%1 不是格式正确的 XML：%2（%5 的第 %3 行，第 %4 列）。</translation>
    </message>
    <message>
        <location line="+352"/>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is empty</source>
        <translation>%1 为空</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not an XLSX workbook: it is an old Excel (.xls) or a password-protected workbook. Open it in Excel and save it as an unprotected .xlsx workbook.</source>
        <translation>%1 不是 XLSX 工作簿：它是旧版 Excel（.xls）或受密码保护的工作簿。请在 Excel 中打开，并另存为不受保护的 .xlsx 工作簿。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not an XLSX workbook (it is not a zip archive). If it is a text file, give it the .csv extension.</source>
        <translation>%1 不是 XLSX 工作簿（不是 zip 压缩包）。如果它是文本文件，请将扩展名改为 .csv。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is damaged or incomplete: its zip directory cannot be read (zip error %2). Save or download the workbook again.</source>
        <translation>%1 已损坏或不完整：无法读取其 zip 目录（zip 错误 %2）。请重新保存或下载该工作簿。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 is not a usable XLSX workbook: it has no sheets.</source>
        <translation>%1 不是可用的 XLSX 工作簿：其中没有工作表。</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+21"/>
        <location line="+15"/>
        <location line="+16"/>
        <location line="+30"/>
        <location line="+30"/>
        <location line="+13"/>
        <location line="+55"/>
        <location line="+17"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="-197"/>
        <location line="+21"/>
        <source>The part %1</source>
        <translation>部件 %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+27"/>
        <source>%1 is not an XLSX workbook: it has no %2 part.</source>
        <translation>%1 不是 XLSX 工作簿：缺少 %2 部件。</translation>
    </message>
    <message>
        <location line="-25"/>
        <location line="+16"/>
        <source>The workbook part</source>
        <translation>工作簿部件</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+30"/>
        <source>The styles part</source>
        <translation>样式部件</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+55"/>
        <source>The shared-string table</source>
        <translation>共享字符串表</translation>
    </message>
    <message>
        <location line="-28"/>
        <location line="+16"/>
        <source>%1: the shared-string table needs more than %2 MB of memory. The file may be a zip bomb; if it is genuine, split the workbook.</source>
        <translation>%1：共享字符串表需要超过 %2 MB 的内存。该文件可能是 zip 炸弹；如果文件确实正常，请拆分工作簿。</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+31"/>
        <source>The sheet &quot;%1&quot;</source>
        <translation>工作表“%1”</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>%1 is damaged: the workbook does not say where the sheet &quot;%2&quot; is stored.</source>
        <translation>%1 已损坏：工作簿没有说明工作表“%2”的存储位置。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: reading stopped near row %2 of the sheet &quot;%3&quot;. %4</source>
        <translation>%1：读取在工作表“%3”的第 %2 行附近停止。%4</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The sheet XML ends before the end of its data.</source>
        <translation>工作表 XML 在数据结束前就已结束。</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>The cell reference &quot;%1&quot; is not valid.</source>
        <translation>单元格引用“%1”无效。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A cell lies beyond column %1, the last column of a sheet.</source>
        <translation>有单元格超出了工作表的最后一列 %1。</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Row %1: cell %2 refers to shared string %3, which the workbook does not have.</source>
        <translation>第 %1 行：单元格 %2 引用了共享字符串 %3，但工作簿中没有该字符串。</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Row %1: the row is longer than %2 characters</source>
        <translation>第 %1 行：该行超过 %2 个字符</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>%1 has no sheet named &quot;%2&quot;. Choose one of its sheets: %3.</source>
        <translation>%1 中没有名为“%2”的工作表。请从以下工作表中选择：%3。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: the sheet &quot;%2&quot; is empty.</source>
        <translation>%1：工作表“%2”为空。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: the header row %2 of the sheet &quot;%3&quot; is longer than %4 characters.</source>
        <translation>%1：工作表“%3”的表头行 %2 超过 %4 个字符。</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+4"/>
        <source>Column %1</source>
        <translation>第 %1 列</translation>
    </message>
</context>
<context>
    <name>XlsxWriter</name>
    <message>
        <location filename="../../core/campaigns/xlsxwriter.cpp" line="+262"/>
        <source>Sheet %1</source>
        <translation>工作表 %1</translation>
    </message>
    <message>
        <location line="+358"/>
        <source>Cannot write %1: %2 (zip error %3).</source>
        <translation>无法写入 %1：%2（zip 错误 %3）。</translation>
    </message>
    <message>
        <location line="-41"/>
        <location line="+59"/>
        <location line="+459"/>
        <source>Cannot write %1: %2 (zip error %3). Check the free disk space.</source>
        <translation>无法写入 %1：%2（zip 错误 %3）。请检查可用磁盘空间。</translation>
    </message>
    <message>
        <location line="-341"/>
        <source>Cannot add a cell: no row was started with beginRow().</source>
        <translation>无法添加单元格：尚未用 beginRow() 开始一行。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot write %1: a row has more cells than the %2 columns of a sheet.</source>
        <translation>无法写入 %1：有一行的单元格数超过了工作表的 %2 列上限。</translation>
    </message>
    <message>
        <location line="+156"/>
        <source>Cannot create %1: %2</source>
        <translation>无法创建 %1：%2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot create %1 (zip error %2).</source>
        <translation>无法创建 %1（zip 错误 %2）。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot add a sheet: the workbook is not open.</source>
        <translation>无法添加工作表：工作簿未打开。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot write %1: the header has %2 columns, more than the %3 of a sheet.</source>
        <translation>无法写入 %1：表头有 %2 列，超过了工作表的 %3 列上限。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot add a sheet: the row started with beginRow() was not finished.</source>
        <translation>无法添加工作表：用 beginRow() 开始的行尚未结束。</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+27"/>
        <source>Cannot add a row: no sheet was added to the workbook.</source>
        <translation>无法添加行：工作簿中还没有添加工作表。</translation>
    </message>
    <message>
        <location line="-25"/>
        <location line="+29"/>
        <source>Cannot write %1: the sheet &quot;%2&quot; would exceed %3 rows, the most a sheet holds.</source>
        <translation>无法写入 %1：工作表“%2”将超过 %3 行，即工作表可容纳的最大行数。</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Cannot write %1: a row has %2 cells, more than the %3 columns of a sheet.</source>
        <translation>无法写入 %1：有一行包含 %2 个单元格，超过了工作表的 %3 列上限。</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+16"/>
        <source>Cannot add a row: the row started with beginRow() was not finished.</source>
        <translation>无法添加行：用 beginRow() 开始的行尚未结束。</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Cannot finish a row: no row was started with beginRow().</source>
        <translation>无法结束行：尚未用 beginRow() 开始一行。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot save the workbook: it is not open.</source>
        <translation>无法保存工作簿：工作簿未打开。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot save %1: the row started with beginRow() was not finished.</source>
        <translation>无法保存 %1：用 beginRow() 开始的行尚未结束。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot save %1: %2</source>
        <translation>无法保存 %1：%2</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../../app/cli/campaigncommand.cpp" line="+401"/>
        <source>create --name N --segment S | export --campaign N --format F --out FILE | list | responses --campaign N FILE: personalized campaigns</source>
        <translation>create --name N --segment S | export --campaign N --format F --out FILE | list | responses --campaign N FILE：个性化营销活动</translation>
    </message>
    <message>
        <location filename="../../app/cli/clicommands.cpp" line="+31"/>
        <source>Import a CSV, TSV, .csv.gz or XLSX file.</source>
        <translation>导入 CSV、TSV、.csv.gz 或 XLSX 文件。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>transactions, customers, products, ratings or experiment.</source>
        <translation>transactions、customers、products、ratings 或 experiment。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Map a field to a column, e.g. customer_id=Kunde (repeatable).</source>
        <translation>将字段映射到列，例如 customer_id=Kunde（可重复）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>UTF-8, UTF-16LE, UTF-16BE or GB18030 (default: detect).</source>
        <translation>UTF-8、UTF-16LE、UTF-16BE 或 GB18030（默认：自动检测）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Field delimiter (default: detect); &apos;tab&apos; for tabs.</source>
        <translation>字段分隔符（默认：自动检测）；制表符请用 &apos;tab&apos;。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>XLSX sheet name (default: the first).</source>
        <translation>XLSX 工作表名称（默认：第一个）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file has no header row.</source>
        <translation>文件没有表头行。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dmy, mdy or ymd when dates are ambiguous.</source>
        <translation>日期有歧义时使用 dmy、mdy 或 ymd。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep rows identical to an earlier row.</source>
        <translation>保留与前面某行完全相同的行。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave out returns instead of storing them.</source>
        <translation>不导入退货，而不是保存它们。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave out order lines without a customer.</source>
        <translation>不导入没有客户的订单明细。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import even if the same file was imported before.</source>
        <translation>即使同一文件之前已导入过，也再次导入。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Experiment name (experiment imports).</source>
        <translation>实验名称（实验导入）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Column holding the arm (experiment imports).</source>
        <translation>包含分组的列（实验导入）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outcome columns, comma separated (experiment imports).</source>
        <translation>结果列，用逗号分隔（实验导入）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file to import.</source>
        <translation>要导入的文件。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>import takes exactly one FILE.</source>
        <translation>import 只接受一个 FILE。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unknown --kind &quot;%1&quot;; use transactions, customers, products, ratings or experiment.</source>
        <translation>未知的 --kind“%1”；请使用 transactions、customers、products、ratings 或 experiment。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--map expects FIELD=COLUMN, got &quot;%1&quot;.</source>
        <translation>--map 需要 FIELD=COLUMN 格式，实际为“%1”。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>--date-order must be dmy, mdy or ymd.</source>
        <translation>--date-order 必须为 dmy、mdy 或 ymd。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>导入已取消；未做任何更改。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add --force to import it again.</source>
        <translation>添加 --force 可再次导入。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Imported %1 of %2 rows from %3 in %4 s: %5 rejected, %6 duplicates, %7 skipped, %8 anonymous lines, %9 returns.</source>
        <translation>已从 %3 导入 %2 行中的 %1 行，用时 %4 秒：%5 行被拒绝，%6 行重复，%7 行跳过，%8 条匿名明细，%9 条退货。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The project has %1 customers and %2 products.</source>
        <translation>项目中有 %1 位客户和 %2 个商品。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rejected rows are kept in the project with their line numbers and reasons.</source>
        <translation>被拒绝的行连同行号和原因保存在项目中。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>segment rfm | kmeans | clv | rule | list</source>
        <translation>segment rfm | kmeans | clv | rule | list</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>RFM: measure recency up to this day (default: the day after the last order).</source>
        <translation>RFM：计算最近一次消费截至的日期（默认：最后一笔订单的次日）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rule: the segment&apos;s name.</source>
        <translation>rule：客户分群的名称。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>rule: the condition, e.g. &apos;country = &quot;France&quot; AND revenue &gt; 500&apos;.</source>
        <translation>rule：条件，例如 &apos;country = &quot;France&quot; AND revenue &gt; 500&apos;。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>kmeans: number of clusters (default: chosen by silhouette from 2 to 8).</source>
        <translation>kmeans：簇数（默认：按轮廓系数从 2 到 8 中选择）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>kmeans: comma-separated features (default recency,frequency,monetary; available: %1).</source>
        <translation>kmeans：逗号分隔的特征（默认 recency,frequency,monetary；可用：%1）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>kmeans: random seed (default 42).</source>
        <translation>kmeans：随机种子（默认 42）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CLV: L2 penalizer of the model fits (default 0).</source>
        <translation>CLV：模型拟合的 L2 惩罚项（默认 0）。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The project has no segments yet.</source>
        <translation>项目中还没有客户分群。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--reference-date must be a date such as 2011-12-10.</source>
        <translation>--reference-date 必须是日期，例如 2011-12-10。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 customers scored (reference date %2); %3 with only returns and %4 without orders left out.</source>
        <translation>已为 %1 位客户评分（参考日期 %2）；排除了 %3 位只有退货和 %4 位没有订单的客户。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--k must be a whole number from 2 to 50.</source>
        <translation>--k 必须是 2 到 50 之间的整数。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--seed must be a whole number &gt;= 0.</source>
        <translation>--seed 必须是大于等于 0 的整数。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>k = %1, inertia %2 after %3 iterations, silhouette %4.</source>
        <translation>k = %1，%3 次迭代后惯性为 %2，轮廓系数 %4。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--name: %1</source>
        <translation>--name：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--where: %1</source>
        <translation>--where：%1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Saved segment &quot;%1&quot; with %2 customers.</source>
        <translation>已保存客户分群“%1”，共 %2 位客户。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--penalizer must be a number &gt;= 0.</source>
        <translation>--penalizer 必须是大于等于 0 的数字。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No customer could be modelled.</source>
        <translation>没有可建模的客户。</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>segment needs a method: rfm, clv, rule or list.</source>
        <translation>segment 需要指定方法：rfm、clv、rule 或 list。</translation>
    </message>
    <message>
        <location filename="../../app/cli/cliutil.cpp" line="+46"/>
        <source>Project file (created when missing).</source>
        <translation>项目文件（不存在时自动创建）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print one JSON object on stdout.</source>
        <translation>在标准输出上打印一个 JSON 对象。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>--project FILE is required.</source>
        <translation>必须指定 --project FILE。</translation>
    </message>
    <message>
        <location filename="../../app/cli/experimentcommand.cpp" line="+510"/>
        <source>Design, assign, size and analyse A/B tests</source>
        <translation>设计、分配、计算样本量并分析 A/B 测试</translation>
    </message>
    <message>
        <location filename="../../app/cli/main.cpp" line="+18"/>
        <source>Usage: tailor-cli COMMAND [options]

Commands:
  import     Import customers, orders, products, ratings or an experiment
  segment    rfm | kmeans --k N | clv | rule --name N --where EXPR: save segments; list: the saved segments
</source>
        <translation>用法：tailor-cli COMMAND [选项]

命令：
  import     导入客户、订单、商品、评分或实验
  segment    rfm | kmeans --k N | clv | rule --name N --where EXPR：保存客户分群；list：列出已保存的客户分群
</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>
Options:
  --version   Print the version
  --help      Print this help; COMMAND --help shows a command&apos;s options
</source>
        <translation>
选项：
  --version   打印版本号
  --help      打印此帮助；COMMAND --help 显示命令的选项
</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>unknown command &quot;%1&quot;; run tailor-cli --help.</source>
        <translation>未知命令“%1”；请运行 tailor-cli --help。</translation>
    </message>
    <message>
        <location filename="../../app/cli/recommendcommand.cpp" line="+255"/>
        <source>evaluate | top --customer ID | generate: train and evaluate recommenders, show or store recommendations</source>
        <translation>evaluate | top --customer ID | generate：训练并评估推荐算法，查看或保存推荐结果</translation>
    </message>
    <message>
        <location filename="../../app/cli/reportcommand.cpp" line="+110"/>
        <source>--out FILE.zip: the project report (PDF, HTML, charts, CSV tables)</source>
        <translation>--out FILE.zip：项目报告（PDF、HTML、图表、CSV 数据表）</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../../app/gui/main.cpp" line="+21"/>
        <source>Tailor personalized-marketing studio</source>
        <translation>Tailor 个性化营销工作台</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the demo project.</source>
        <translation>打开示例项目。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A project (*.tailor) to open.</source>
        <translation>要打开的项目（*.tailor）。</translation>
    </message>
</context>
</TS>
