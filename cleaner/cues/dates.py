"""Month names, date labels and update-stamp words in the languages news is written in."""

# Month number -> names and abbreviations, several languages per line (lowercase).
MONTHS: dict[int, str] = {
    1: "january jan januar jänner janvier enero janeiro gennaio januari januarie stycznia января январь ocak",
    2: "february feb febr februar février fevrier febrero fevereiro febbraio februari lutego февраля февраль şubat",
    3: "march mar märz maerz mars marzo março marco maart maret marca марта март mart",
    4: "april apr avril abril aprile kwietnia апреля апрель nisan",
    5: "may mai mayo maio maggio mei maja мая май mayıs",
    6: "june jun juni juin junio junho giugno czerwca июня июнь haziran",
    7: "july jul juli juillet julio julho luglio lipca июля июль temmuz",
    8: "august aug august août aout agosto augustus agustus sierpnia августа август ağustos",
    9: "september sep sept septembre septiembre setembro settembre września сентября сентябрь eylül",
    10: "october oct oktober octobre octubre outubro ottobre okt oktober października октября октябрь ekim",
    11: "november nov novembre noviembre novembro listopada ноября ноябрь kasım",
    12: "december dec dezember décembre decembre diciembre dezembro dicembre desember grudnia декабря декабрь aralık",
}

# Words that label a date or a time stamp at the top of an article.
DATE_LABELS = (
    "date dated published posted updated last updated modified created "
    "datum veröffentlicht aktualisiert aktualisierung stand "
    "publié publiée mis à jour "
    "fecha publicado publicada actualizado actualizada "
    "data atualizado atualizada "
    "pubblicato aggiornato aggiornata "
    "дата опубликовано обновлено "
    "diterbitkan diperbarui "
    "gepubliceerd bijgewerkt "
    "日期 发布 發布 更新 時間 时间 公開 更新日 投稿日 작성 입력 수정 업데이트"
).split()

# Little words that may stand beside a date in a stamp ("on", "am", "le", "el").
DATE_PREPOSITIONS = "on at am um le el em il alle ore pada pukul op de del às à a las в".split()

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
    "月曜日 火曜日 水曜日 木曜日 金曜日 土曜日 日曜日"
).split()

# Words that may stand beside a date in a stamp line without making it prose.
STAMP_WORDS = (
    "am pm a.m p.m gmt utc et est edt pt pst pdt cet cest bst ist jst kst hkt sgt uhr h hrs "
    "min mins read minute minutes lesezeit lecture lectura leitura lettura "
    "by and / | · • - – — , ."
).split()

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
