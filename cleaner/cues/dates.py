"""Month names, date labels and update-stamp words in the languages news is written in."""

# Month number -> names and abbreviations, several languages per line (lowercase); the Amharic names are the
# Gregorian months' (ጃንዩወሪ), as pages dated in the Western calendar print them.
MONTHS: dict[int, str] = {
    1: "january jan januar jänner janvier enero janeiro gennaio januari januarie stycznia января январь ocak "
       "ledna ianuarie január tammikuuta ιανουαρίου січня يناير"
       " januára gener ژانویه جنوری ஜனவரி জানুয়ারি ינואר siječnja जनवरी มกราคม ጃንዩወሪ ጃንዋሪ януари јануар",
    2: "february feb febr februar février fevrier febrero fevereiro febbraio februari lutego февраля февраль şubat "
       "února februarie február helmikuuta φεβρουαρίου лютого فبراير"
       " februára febrer pebrero فوریه فروری பிப்ரவரி ফেব্রুয়ারি פברואר veljače फ़रवरी फरवरी กุมภาพันธ์ ፌብሩወሪ ፌብሩዋሪ февруари фебруар",
    3: "march mar märz maerz mars marzo março marco maart maret marca марта март mart "
       "března martie március maaliskuuta μαρτίου березня مارس"
       " març machi marso مارچ மார்ச் মার্চ מרץ במרץ marts ožujka मार्च มีนาคม ማርች",
    4: "april apr avril abril aprile kwietnia апреля апрель nisan "
       "dubna aprilie április huhtikuuta απριλίου квітня أبريل"
       " apríla aprili آوریل اپریل ஏப்ரல் এপ্রিল אפריל באפריל travnja अप्रैल เมษายน ኤፕሪል април",
    5: "may mai mayo maio maggio mei maja мая май mayıs maj "
       "května május toukokuuta μαΐου травня مايو"
       " mája maig مئی מאי במאי svibnja मई พฤษภาคม ሜይ мај",
    6: "june jun juni juin junio junho giugno czerwca июня июнь haziran "
       "června iunie június kesäkuuta ιουνίου червня يونيو"
       " júna juny hunyo ژوئن جون ஜூன் জুন יוני ביוני lipnja जून มิถุนายน ጁን юни јун",
    7: "july jul juli juillet julio julho luglio lipca июля июль temmuz "
       "července iulie július heinäkuuta ιουλίου липня يوليو"
       " júla juliol julai hulyo ژوئیه جولائی ஜூலை জুলাই יולי ביולי srpnja जुलाई กรกฎาคม ጁላይ юли јул",
    8: "august aug august août aout agosto augustus agustus sierpnia августа август ağustos augusti "
       "srpna augusztus elokuuta αυγούστου серпня أغسطس"
       " agost agosti ogos اوت اگست ஆகஸ்ட் আগস্ট אוגוסט באוגוסט kolovoza अगस्त สิงหาคม ኦገስት avgust",
    9: "september sep sept septembre septiembre setembro settembre września сентября сентябрь eylül "
       "září septembrie szeptember syyskuuta σεπτεμβρίου вересня سبتمبر"
       " septembra setembre septemba setyembre سپتامبر ستمبر செப்டம்பர் সেপ্টেম্বর ספטמבר בספטמבר rujna सितंबर सितम्बर กันยายน ሴፕቴምበር септември септембар septembar",
    10: "october oct oktober octobre octubre outubro ottobre okt oktober października октября октябрь ekim "
        "října octombrie október lokakuuta οκτωβρίου жовтня أكتوبر"
       " októbra oktoba oktubre اکتبر اکتوبر அக்டோபர் অক্টোবর אוקטובר באוקטובר listopada अक्टूबर ตุลาคม ኦክቶበር октомври октобар oktobar",
    11: "november nov novembre noviembre novembro listopada ноября ноябрь kasım "
        "listopadu noiembrie marraskuuta νοεμβρίου листопада نوفمبر"
       " novembra novemba nobyembre نوامبر نومبر நவம்பர் নভেম্বর נובמבר בנובמבר studenoga studenog नवंबर नवम्बर พฤศจิกายน ኖቬምበር ноември новембар novembar",
    12: "december dec dezember décembre decembre diciembre dezembro dicembre desember grudnia декабря декабрь aralık "
        "prosince decembrie joulukuuta δεκεμβρίου грудня ديسمبر"
       " decembra desembre desemba disyembre disember دسامبر دسمبر டிசம்பர் ডিসেম্বর דצמבר בדצמבר prosinca दिसंबर दिसम्बर ธันวาคม ዲሴምበር декември децембар decembar",
}

# The months of the Solar Hijri calendar (Iran, Afghanistan), taken only beside a year of it ("۱۵ آبان ۱۴۰۲"): "تیر",
# "مهر" and "دی" are common words too.
SOLAR_HIJRI_MONTHS: dict[int, str] = {
    1: "فروردین", 2: "اردیبهشت", 3: "خرداد", 4: "تیر", 5: "مرداد امرداد", 6: "شهریور",
    7: "مهر", 8: "آبان", 9: "آذر", 10: "دی", 11: "بهمن", 12: "اسفند",
}

# Short month names that are also common words ("ago", "out", "set", "may"): taken for a month only between a
# day and a year ("24 ago 2026", "24 янв. 2026"), never beside a day alone.
MONTHS_WITH_YEAR: dict[int, str] = {
    1: "ene janv янв oca sty led ม.ค ιαν",
    2: "fev fév févr фев şub lut úno ก.พ φεβ",
    3: "мар mac มี.ค μαρ",
    4: "abr avr апр nis kwi dub เม.ย απρ",
    5: "mag மே মে مه พ.ค μαΐ μαι",
    6: "giu июн haz cze čvn มิ.ย ιουν",
    7: "juil lug июл tem lip čvc ก.ค ιουλ",
    8: "ago авг ağu sie srp augusta ส.ค αυγ",
    9: "set sett сен сент eyl wrz zář ก.ย σεπ",
    10: "out ott окт eki paź říj ต.ค οκτ",
    11: "ноя kas lis พ.ย νοε",
    12: "dic dez déc дек ara gru pro ธ.ค δεκ",
}

# Words that label a date or a time stamp at the top of an article.
DATE_LABELS = (
    "date dated published posted updated last updated modified created "
    "datum veröffentlicht aktualisiert aktualisierung stand "
    "publié publiée mis à jour "
    "fecha publicado publicada actualizado actualizada "
    "data atualizado atualizada "
    "pubblicato aggiornato aggiornata aggiornamento "
    "дата опубликовано обновлено "
    "diterbitkan diperbarui "
    "gepubliceerd bijgewerkt "
    "publicerad publicerat uppdaterad uppdaterat publiceret opdateret publisert oppdatert julkaistu päivitetty "
    "opublikowano aktualizacja aktualizowano publikováno aktualizováno aktualizace publicat actualizat "
    "tarih yayınlanma yayınlandı yayın güncelleme güncellendi güncellenme "
    "tanggal terbit dipublikasikan diposting опубликован опубликована обновлен обновлена "
    "опубліковано оновлено "
    "日期 发布 發布 发布时间 發布時間 更新 時間 时间 公開 公開日 更新日 更新日時 投稿日 掲載 配信 日付 最終更新 最終更新日 "
    "작성 입력 수정 업데이트 날짜 등록 승인 기사입력 최종수정 "
    "zverejnené aktualizované actualitzat actualitzada imechapishwa imesasishwa ilichapishwa inilathala "
    "nai-update na-update dikemaskini dikemas kini δημοσίευση δημοσιεύθηκε ενημέρωση ενημερώθηκε közzétéve frissítve "
    "פורסם עודכן انتشار شائع প্রকাশ প্রকাশিত আপডেট வெளியிடப்பட்டது புதுப்பிக்கப்பட்டது प्रकाशित अपडेट अपडेटेड"
).split()

# The labels of the DATE_LABELS that stamp an update: printed where the story was updated, under its lead as well as
# under its headline ("Updated at 15:40 GMT", "Aktualisiert am 24.01.2026", "Atualizado em 24/01/2026").
UPDATE_LABELS = (
    "updated last updated modified aktualisiert aktualisierung mis à jour actualizado actualizada atualizado atualizada "
    "aggiornato aggiornata aggiornamento обновлено обновлен обновлена diperbarui bijgewerkt uppdaterad uppdaterat "
    "opdateret oppdatert päivitetty aktualizacja aktualizowano aktualizováno aktualizace actualizat güncelleme "
    "güncellendi güncellenme оновлено"
).split()

# Little words that may stand beside a date in a stamp ("on", "am", "le", "el").
DATE_PREPOSITIONS = (
    "on at am um le el em il alle ore ora pada pukul op om de del às à a las в kl klo saat godz "
    "les o u saa alas"  # "a les 10:45", "o 6:00", "u 14:05", "saa 4:30", "alas 10:45"
).split()

# Weekday names (so "Monday, 18 November 2019" is still only a date).
WEEKDAYS = (
    "monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun "
    "montag dienstag mittwoch donnerstag freitag samstag sonntag "
    "lundi mardi mercredi jeudi vendredi samedi dimanche "
    "lunes martes miércoles jueves viernes sábado domingo "
    "segunda terça quarta quinta sexta sábado domingo feira "
    "lunedì martedì mercoledì giovedì venerdì sabato domenica "
    "понедельник вторник среда четверг пятница суббота воскресенье "
    "senin selasa rabu kamis jumat sabtu minggu "
    "星期一 星期二 星期三 星期四 星期五 星期六 星期日 星期天 週一 週二 週三 週四 週五 週六 週日 周一 周二 周三 周四 周五 周六 周日 "
    "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag "
    "måndag tisdag onsdag torsdag fredag lördag söndag mandag tirsdag lørdag søndag "
    "pazartesi salı çarşamba perşembe cuma cumartesi pazar "
    "poniedziałek wtorek środa czwartek piątek sobota niedziela "
    "月曜日 火曜日 水曜日 木曜日 金曜日 土曜日 日曜日 "
    "월요일 화요일 수요일 목요일 금요일 토요일 일요일 "
    "δευτέρα τρίτη τετάρτη πέμπτη παρασκευή σάββατο κυριακή "
    "понеділок вівторок середа четвер п'ятниця субота неділя "
    "понеделник вторник сряда четвъртък петък събота неделя понедељак уторак среда четвртак петак субота недеља "
    "ponedjeljak ponedeljak utorak srijeda sreda četvrtak petak subota nedjelja nedelja "
    "pondělí úterý středa čtvrtek pátek sobota neděle pondelok utorok streda štvrtok piatok nedeľa "
    "luni marți miercuri joi vineri sâmbătă duminică hétfő kedd szerda csütörtök péntek szombat vasárnap "
    "maanantai tiistai keskiviikko torstai perjantai lauantai sunnuntai "
    "dilluns dimarts dimecres dijous divendres dissabte diumenge "
    "jumatatu jumanne jumatano alhamisi ijumaa jumamosi jumapili "
    "lunes martes miyerkules huwebes biyernes sabado linggo isnin khamis ahad "
    "सोमवार मंगलवार बुधवार गुरुवार शुक्रवार शनिवार रविवार"
).split() + [  # Vietnamese names are two words: "Thứ ba, 12/3/2024"
    "thứ hai", "thứ ba", "thứ tư", "thứ năm", "thứ sáu", "thứ bảy", "chủ nhật", "thứ 2", "thứ 3", "thứ 4", "thứ 5",
    "thứ 6", "thứ 7",
]

# Time zones and words for "hours" that follow a time ("10:32 Uhr", "10:32 IST").
_TIME_ZONES = "gmt utc et est edt pt pst pdt cet cest bst ist jst kst hkt sgt wib wita wit msk мск"
_HOURS = "uhr h hs hrs"

# Words that may stand beside a date in a stamp line without making it prose.
STAMP_WORDS = (
    f"am pm a.m p.m {_TIME_ZONES} {_HOURS} "
    "min mins read minute minutes lesezeit lecture lectura leitura lettura "
    "г года 오전 오후 午前 午後 上午 下午 pg ptg "
    "by and / | · • - – — , ."
).split()

# Days named relative to today, standing for the date in a stamp ("Today, 10:32", "Publié aujourd'hui à 10h32").
RELATIVE_DAYS = (
    "today yesterday heute gestern aujourd'hui hier hoy ayer hoje ontem oggi ieri vandaag gisteren "
    "idag igår bugün dün dzisiaj dziś wczoraj сегодня вчера сьогодні вчора "
    "今天 昨天 今日 昨日 오늘 어제"
).split()

# Short words that may follow the time in a stamp ("heute, 10:32 Uhr", "10:32 IST").
TIME_SUFFIXES = f"{_HOURS} horas ч {_TIME_ZONES}".split()

# A time told relative to now, alone on a line ("3 hours ago", "vor 2 Stunden"): a teaser's or a comment's
# stamp, never article text. The words standing before the number, and after the unit.
RELATIVE_TIME_BEFORE = "vor|il y a|hace|há"
RELATIVE_TIME_AFTER = "ago|fa|назад|lalu|geleden|前|전"
RELATIVE_TIME_UNITS = (
    "second seconds sec secs minute minutes min mins hour hours hr hrs h day days week weeks month months "
    "year years sekunde sekunden minuten stunde stunden tag tagen woche wochen monat monaten jahr jahren "
    "seconde secondes heure heures jour jours semaine semaines mois an ans segundo segundos minuto minutos hora "
    "horas día días dia dias semana semanas mes meses mês ano anos secondi minuti ora ore giorno giorni settimana "
    "settimane mese mesi anno anni секунду секунды секунд минуту минуты минут час часа часов день дня дней "
    "неделю недели недель месяц месяца месяцев год года лет detik menit jam hari minggu bulan tahun "
    "seconden minuut uur dag dagen weken maand maanden jaar "
    "秒 分 分钟 分鐘 小时 小時 時間 天 日 周 週 週間 个月 個月 ヶ月 か月 年 초 분 시간 일 주 개월 년"
).split()
