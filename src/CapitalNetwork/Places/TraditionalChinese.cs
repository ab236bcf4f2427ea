namespace CapitalNetwork.Places;

/// <summary>
/// Traditional Chinese characters of place names and addresses mapped to their simplified forms (台北市松山區 → 台北市松山区,
/// 香港特別行政區 → 香港特别行政区), one character for one, so positions do not move. A hand table of the 468
/// traditional characters that differ from their simplified form and occur in division names, unit words and common
/// address words (the correspondences of the 通用规范汉字表, 2013); a character not in the table is kept.
/// </summary>
internal static class TraditionalChinese
{
    private const string Traditional = "區縣鄉鎮門灣東蘭龍廣別島臺華興義陽長鳳雲園號樓廈國際業發開關時實寶湯溫濟滬漢遼寧蘇閩贛魯粵瓊貴陝內齊爾濱連撫瀋錦慶濰臨煙嶺樂萊嶼營蕪馬銅無錫鹽揚紹麗鄭許駐隨黃荊嶽婁懷張邊聖蓮頭歐餘場處辦設運環護橋莊壩溝灘圍團鐵鋼礦農漁廳館總衛豐亞萬僑兩凱勝協雙葉吳啟單嚴圓堅壽奧孫專尋層岡峽崗鞏師廬徑復恆愛應戰擁數晉書會極標樞橫權歸滿潛澤濤烏燈獨瑪產畫盤盧碼祿禮種築糧紅組絲經綠維羅聯藝藍蘆術裝製見觀計記詩證議貝財資賓賢質趙軍軒輝轉進遠過達遷選郵鄰醫鈞錢鏡鐘閣陣陰陸隊階隱離雞電霧靈靜韓順領額顏願顧飛養驗鮮鳴學體機車線網訊廠藥銀貿務險創風夥結紡氣熱職員屬勞劃價費貨買賣倉儲鳥魚麥黨點歲億傳優儀兒淨劍勢參變問喬圖報塊墾壓壯夢婦審寫將導帥帶幫庫廢彈彎後從徵憑懸戶擇擊據擴攝斷於暢構樣檢歡殘滅漸潔濕災為煉燦爭獎獲畝當疊眾礎確磚禪穩競筆簡類紀約純紙級細終絡給綜緣編縮績織繩續習聲聽肅腦膠舉舊節範薦虛蟲衝補複規視覺觸訂註詢試話該認誠語說請調論諾謝識讀讓負貢販貫責賀購贈趕躍軟載輔輕輸這遙適違遲遺釋鋒錄鍵鏈閃閱闊雜難韋項須預頻題顯飯飾駕髮鬆鄧劉陳楊們來個與對滙匯氹";
    private const string Simplified = "区县乡镇门湾东兰龙广别岛台华兴义阳长凤云园号楼厦国际业发开关时实宝汤温济沪汉辽宁苏闽赣鲁粤琼贵陕内齐尔滨连抚沈锦庆潍临烟岭乐莱屿营芜马铜无锡盐扬绍丽郑许驻随黄荆岳娄怀张边圣莲头欧余场处办设运环护桥庄坝沟滩围团铁钢矿农渔厅馆总卫丰亚万侨两凯胜协双叶吴启单严圆坚寿奥孙专寻层冈峡岗巩师庐径复恒爱应战拥数晋书会极标枢横权归满潜泽涛乌灯独玛产画盘卢码禄礼种筑粮红组丝经绿维罗联艺蓝芦术装制见观计记诗证议贝财资宾贤质赵军轩辉转进远过达迁选邮邻医钧钱镜钟阁阵阴陆队阶隐离鸡电雾灵静韩顺领额颜愿顾飞养验鲜鸣学体机车线网讯厂药银贸务险创风伙结纺气热职员属劳划价费货买卖仓储鸟鱼麦党点岁亿传优仪儿净剑势参变问乔图报块垦压壮梦妇审写将导帅带帮库废弹弯后从征凭悬户择击据扩摄断于畅构样检欢残灭渐洁湿灾为炼灿争奖获亩当叠众础确砖禅稳竞笔简类纪约纯纸级细终络给综缘编缩绩织绳续习声听肃脑胶举旧节范荐虚虫冲补复规视觉触订注询试话该认诚语说请调论诺谢识读让负贡贩贯责贺购赠赶跃软载辅轻输这遥适违迟遗释锋录键链闪阅阔杂难韦项须预频题显饭饰驾发松邓刘陈杨们来个与对汇汇凼";

    private static readonly char[] Map = Build();

    private static char[] Build()
    {
        var map = new char[0x10000];
        for (var i = 0; i < Traditional.Length; i++) map[Traditional[i]] = Simplified[i];
        return map;
    }

    /// <summary>The simplified form of <paramref name="c"/>, or <c>'\0'</c> when it has none in the table.</summary>
    public static char Simplify(char c) => Map[c];
}
