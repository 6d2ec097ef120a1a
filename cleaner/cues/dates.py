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

# More languages' months, in this order: Marathi, Nepali, Punjabi, Gujarati, Telugu, Kannada, Malayalam, Sinhala,
# Burmese, Khmer, Georgian and Armenian (with their genitives), Azerbaijani and Uzbek, Kazakh, Lithuanian
# (genitive, as dates print it), Latvian, Estonian, Slovenian, Albanian, Icelandic, Basque (with its genitive),
# Galician, Hausa, Afrikaans, Somali, Pashto. Names that are common words too are in MONTHS_WITH_YEAR.
_MORE_MONTHS: dict[int, str] = {
    1: "जानेवारी ਜਨਵਰੀ જાન્યુઆરી జనవరి ಜನವರಿ ജനുവരി ජනවාරි ဇန်နဝါရီ មករា იანვარი იანვრის հունվար հունվարի "
       "yanvar қаңтар sausio janvāris janvāra janvārī jaanuar januarja janar janarit janúar urtarrila urtarrilaren "
       "xaneiro janairu janaayo جنوري",
    2: "फेब्रुवारी फेब्रुअरी ਫ਼ਰਵਰੀ ਫਰਵਰੀ ફેબ્રુઆરી ఫిబ్రవరి ಫೆಬ್ರುವರಿ ಫೆಬ್ರವರಿ ഫെബ്രുവരി පෙබරවාරි ဖေဖော်ဝါရီ "
       "កុម្ភៈ თებერვალი თებერვლის փետրվար փետրվարի fevral ақпан vasario februāris februāra februārī veebruar "
       "februarja shkurtit febrúar otsaila otsailaren febreiro fabrairu febraayo فبروري",
    3: "ਮਾਰਚ માર્ચ మార్చి ಮಾರ್ಚ್ മാർച്ച് මාර්තු មីនា მარტი მარტის наурыз märts marec marca martxoa "
       "martxoaren maris maart maarso",
    4: "एप्रिल अप्रिल ਅਪ੍ਰੈਲ ਅਪਰੈਲ એપ્રિલ ఏప్రిల్ ಏಪ್ರಿಲ್ ഏപ്രിൽ අප්‍රේල් අප්රේල් ဧပြီ មេសា აპრილი აპრილის "
       "ապրիլ ապրիլի aprel сәуір balandžio aprīlis aprīļa aprīlī aprill aprila prill prillit apríl apirila "
       "apirilaren afrilu abriil اپریل",
    5: "ਮਈ మే ಮೇ മേയ് മെയ് මැයි ឧសភា მაისი მაისის մայիս մայիսի мамыр gegužės maijs maijā maí maiatza "
       "maiatzaren mayu maajo",
    6: "जुन ਜੂਨ જૂન జూన్ ಜೂನ್ ജൂൺ ජූනි ဇွန် មិថុនា ივნისი ივნისის հունիս հունիսի iyun маусым birželio jūnijs "
       "jūnija jūnijā juuni junij junija qershor qershorit júní ekaina ekainaren xuño yuni juunie juun",
    7: "जुलै जुलाई ਜੁਲਾਈ જુલાઈ జూలై జులై ಜುಲೈ ജൂലൈ ජූලි ဇူလိုင် កក្កដា ივლისი ივლისის հուլիս հուլիսի iyul "
       "шілде jūlijs jūlija jūlijā juuli julij julija korrik korrikut júlí uztaila uztailaren xullo luulyo "
       "جولای",
    8: "ऑगस्ट अगस्ट ਅਗਸਤ ઓગસ્ટ ઑગસ્ટ ఆగస్టు ಆಗಸ್ಟ್ ഓഗസ്റ്റ് ആഗസ്റ്റ് අගෝස්තු ဩဂုတ် သြဂုတ် សីហា აგვისტო "
       "აგვისტოს օգոստոս օգոստոսի avqust тамыз rugpjūčio augusts augustā gusht gushtit ágúst abuztua abuztuaren "
       "augustus agoosto اګست",
    9: "सप्टेंबर सेप्टेम्बर ਸਤੰਬਰ સપ્ટેમ્બર సెప్టెంబర్ సెప్టెంబరు ಸೆಪ್ಟೆಂಬರ್ സെപ്റ്റംബർ සැප්තැම්බර් စက်တင်ဘာ "
       "სექტემბერი სექტემბრის սեպտեմբեր սեպտեմբերի sentyabr sentabr қыркүйек rugsėjo septembris septembrī "
       "shtator shtatorit iraila irailaren setembro satumba sebtembar سپتمبر",
    10: "ऑक्टोबर अक्टोबर ਅਕਤੂਬਰ ઓક્ટોબર ઑક્ટોબર అక్టోబర్ అక్టోబరు ಅಕ್ಟೋಬರ್ ഒക്ടോബർ ඔක්තෝබර් အောက်တိုဘာ "
        "ოქტომბერი ოქტომბრის հոկտեմբեր հոկտեմբերի oktyabr oktabr spalio oktobris oktobrī oktoober tetor tetorit "
        "urriaren oktoobar",
    11: "नोव्हेंबर नोभेम्बर ਨਵੰਬਰ નવેમ્બર నవంబర్ నవంబరు ನವೆಂಬರ್ ನವಂಬರ್ നവംബർ නොවැම්බර් နိုဝင်ဘာ វិច្ឆិកា "
        "ნოემბერი ნოემბრის նոյեմբեր նոյեմբերի noyabr lapkričio novembris novembrī nëntor nëntorit nóvember "
        "azaroaren nuwamba nofembar",
    12: "डिसेंबर डिसेम्बर ਦਸੰਬਰ ડિસેમ્બર డిసెంబర్ డిసెంబరు ಡಿಸೆಂಬರ್ ഡിസംബർ දෙසැම්බර් ဒီဇင်ဘာ დეკემბერი "
        "დეკემბრის դեկտեմբեր դեկտեմբերի dekabr желтоқсан gruodžio decembris decembrī detsember dhjetor "
        "dhjetorit desember abendua abenduaren decembro disamba desember desembar ډسمبر",
}
for _num, _names in _MORE_MONTHS.items():
    MONTHS[_num] += " " + _names

# The months of the Solar Hijri calendar (Iran, Afghanistan), taken only beside a year of it ("۱۵ آبان ۱۴۰۲"): "تیر",
# "مهر" and "دی" are common words too.
SOLAR_HIJRI_MONTHS: dict[int, str] = {
    1: "فروردین", 2: "اردیبهشت", 3: "خرداد", 4: "تیر", 5: "مرداد امرداد", 6: "شهریور",
    7: "مهر", 8: "آبان", 9: "آذر", 10: "دی", 11: "بهمن", 12: "اسفند",
}

# The months of the Ethiopian calendar (13: the five or six days of Pagume), which Amharic pages date by ("ጥር 16 ቀን
# 2018 ዓ.ም"), taken beside a year; the date read is the Gregorian one.
ETHIOPIAN_MONTHS: dict[int, str] = {
    1: "መስከረም", 2: "ጥቅምት", 3: "ኅዳር ህዳር", 4: "ታኅሣሥ ታህሳስ ታሕሳስ", 5: "ጥር", 6: "የካቲት", 7: "መጋቢት", 8: "ሚያዝያ",
    9: "ግንቦት", 10: "ሰኔ", 11: "ሐምሌ ሃምሌ", 12: "ነሐሴ ነሃሴ", 13: "ጳጉሜ ጳጉሜን",
}

# The months of Nepal's Bikram Sambat calendar ("माघ १२, २०८२"), taken beside a year of it (20xx, 56 or 57 years
# ahead): the line is a date line, but no Gregorian date is read from it (the months' lengths change every year).
BIKRAM_SAMBAT_MONTHS = (
    "बैशाख वैशाख जेठ जेष्ठ असार आषाढ साउन श्रावण भदौ भाद्र असोज आश्विन कात्तिक कार्तिक मंसिर मङ्सिर पुस पौष माघ "
    "फागुन फाल्गुन चैत चैत्र"
)

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
# ... and of the languages in _MORE_MONTHS: Marathi, Gujarati and Burmese "May" (short), Armenian "մարտ" (also a
# battle), Lithuanian "kovo" and "liepos" (a rook's, a linden's), Latvian "marta" and "maija" (names), Kazakh
# "қазан" and "қараша" (Kazan, a cauldron; brown), Albanian "shkurt" (short), Basque "urria" (scarce), Afrikaans
# "Julie" (you), Slovenian "avgusta", Hausa "Yuli", Burmese "မတ်", Pashto "مۍ", Khmer "កញ្ញា" (a maiden), "តុលា"
# (scales) and "ធ្នូ" (a bow).
_MORE_MONTHS_WITH_YEAR = {
    1: "", 2: "shkurt", 3: "մարտ մարտի kovo marta မတ်", 4: "", 5: "मे મે မေ maija مۍ", 6: "", 7: "liepos julie yuli",
    8: "avgusta", 9: "កញ្ញា", 10: "қазан urria តុលា", 11: "қараша", 12: "ធ្នូ",
}
for _num, _names in _MORE_MONTHS_WITH_YEAR.items():
    MONTHS_WITH_YEAR[_num] += " " + _names

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
    "פורסם עודכן انتشار شائع প্রকাশ প্রকাশিত আপডেট வெளியிடப்பட்டது புதுப்பிக்கப்பட்டது प्रकाशित अपडेट अपडेटेड "
    "ನವೀಕರಿಸಲಾಗಿದೆ ಪ್ರಕಟಿಸಲಾಗಿದೆ अद्यतन ਪ੍ਰਕਾਸ਼ਿਤ ਅੱਪਡੇਟ પ્રકાશિત ప్రచురించబడింది "
    "പ്രസിദ്ധീകരിച്ചത് അപ്ഡേറ്റ് გამოქვეყნებულია განახლებულია "
    "жарияланды жарияланған жаңартылды yayımlanıb yenilənib paskelbta atnaujinta publicēts atjaunināts "
    "avaldatud uuendatud objavljeno posodobljeno publikuar përditësuar објавено ажурирано birt "
    "uppfært argitaratua eguneratua gepubliseer opgedateer"
).split() + ["հրապարակվել է", "թարմացվել է"]  # Armenian: "published is", the label with its verb

# A note under the article saying when the story was updated and what changed ("Juttua päivitetty 11.40: lisätty
# ekonomistien arvio.", "Story updated at 3:45 p.m.: adds the minister's comment"): the words naming the story, and
# the words saying it was updated. Both are needed: "Updated 11:40: ..." alone may head a live blog's last entry.
UPDATE_NOTE_STORY = (
    "story|article|this story|this article|the story|the article|this story was|this story has been|this article was|"
    "this article has been|juttua|juttu|uutista|artikkelia|artikeln|artiklen|artikkelen|artikel|der artikel wurde|"
    "der artikel|l'article|l'article a été|el artículo|el artículo fue|o artigo|l'articolo|članek|članak|článek|"
    "článok|artykuł|статья|статтю|cikk|cikkünk|το άρθρο"
)
UPDATE_NOTE_WORDS = (
    "updated|update|päivitetty|päivitettiin|uppdaterad|uppdaterades|opdateret|oppdatert|aktualisiert|bijgewerkt|"
    "mis à jour|actualizado|atualizado|aggiornato|posodobljen|ažuriran|aktualizován|aktualizovaný|zaktualizowany|"
    "zaktualizowano|обновлена|обновлено|оновлено|оновлена|frissítve|frissítettük|ενημερώθηκε"
)

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
    "les o u saa alas ob"  # "a les 10:45", "o 6:00", "u 14:05", "saa 4:30", "alas 10:45", "ob 10:15"
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
    "सोमवार मंगलवार बुधवार गुरुवार शुक्रवार शनिवार रविवार "
    # Marathi, Nepali, Gujarati, Punjabi, Sinhala, Khmer (its word for "day" glued on), Estonian, Slovenian,
    # Lithuanian, Latvian, Icelandic, Galician, Afrikaans, Azerbaijani, Uzbek, Kazakh
    "मंगळवार सोमबार मंगलबार बुधबार बिहीबार शुक्रबार शनिबार आइतबार સોમવાર મંગળવાર બુધવાર ગુરુવાર શુક્રવાર શનિવાર "
    "રવિવાર ਸੋਮਵਾਰ ਮੰਗਲਵਾਰ ਬੁੱਧਵਾਰ ਵੀਰਵਾਰ ਸ਼ੁੱਕਰਵਾਰ ਸ਼ਨੀਵਾਰ ਐਤਵਾਰ සඳුදා අඟහරුවාදා බදාදා බ්‍රහස්පතින්දා "
    "බ්රහස්පතින්දා සිකුරාදා සෙනසුරාදා ඉරිදා ថ្ងៃច័ន្ទ ថ្ងៃអង្គារ ថ្ងៃពុធ ថ្ងៃព្រហស្បតិ៍ ថ្ងៃសុក្រ ថ្ងៃសៅរ៍ ថ្ងៃអាទិត្យ "
    "esmaspäev teisipäev kolmapäev neljapäev reede laupäev pühapäev ponedeljek torek četrtek "
    "pirmadienis antradienis trečiadienis ketvirtadienis penktadienis šeštadienis sekmadienis pirmdiena otrdiena "
    "trešdiena ceturtdiena piektdiena sestdiena svētdiena mánudagur þriðjudagur miðvikudagur fimmtudagur "
    "föstudagur laugardagur sunnudagur luns mércores xoves venres vrydag saterdag sondag "
    "dushanba seshanba chorshanba payshanba juma shanba yakshanba дүйсенбі сейсенбі сәрсенбі бейсенбі жұма "
    "сенбі жексенбі"
).split() + [  # Azerbaijani names of two words
    "bazar ertəsi", "çərşənbə axşamı", "çərşənbə", "cümə axşamı", "cümə", "şənbə", "bazar",
] + [  # Vietnamese names are two words: "Thứ ba, 12/3/2024"
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
