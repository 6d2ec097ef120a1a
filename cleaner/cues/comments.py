"""The lines of a reader's comment around its text: the buttons under it ("Reply", "Like · Reply · 3h",
"Antworten Melden"), in the languages news is written in.

Each word is a button a comment platform prints under or beside every comment. A line of them is a
comment's only when it holds a word to reply or to report one: "Share" or "Like" alone also stand under
an article's pictures. The verb, not the noun: words that also label an interview's answer ("Antwort",
"Réponse", "Svar", "Válasz", "Απάντηση", "پاسخ") are left out, and a line with a colon is no button line
(see ``ACTION_LINE``).
"""

from .dates import RELATIVE_TIME_AFTER, RELATIVE_TIME_BEFORE, RELATIVE_TIME_UNITS

# To reply to a comment: the button's word.
REPLY = (
    r"reply|antworten|répondre|responder|rispondi|ответить|відповісти|odpowiedz|odpovědět|odpovedať|svara|"
    r"vastaa|yanıtla|cevapla|balas|beantwoorden|reageer|reageren|válaszol|răspunde|"
    r"返信|回复|回覆|답글|답장|trả lời|ตอบกลับ|ردّ|رد|הגב|השב|जवाब दें|उत्तर दें|tumugon|sumagot"
)
# To report one to the moderators.
REPORT = (
    r"report|report abuse|flag|melden|signaler|denunciar|reportar|segnala|пожаловаться|поскаржитися|zgłoś|"
    r"nahlásit|nahlásiť|rapportera|anmäl|rapporter|ilmianna|ilmoita|şikayet et|bildir|laporkan|rapporteren|"
    r"αναφορά|jelentés|raportează|通報|举报|檢舉|신고|báo cáo|báo xấu|รายงาน|إبلاغ|דווח|रिपोर्ट|گزارش|ripoti|i-report"
)
# The other buttons beside them: to like, vote, share, quote, link to or edit the comment.
OTHER_ACTIONS = (
    r"like|likes|unlike|dislike|upvote|downvote|vote|votes|share|quote|permalink|link|edit|delete|hide|"
    r"gefällt mir|teilen|zitieren|bearbeiten|j'aime|j’aime|partager|citer|modifier|me gusta|compartir|citar|"
    r"curtir|compartilhar|mi piace|condividi|cita|нравится|поделиться|цитировать|подобається|lubię to|"
    r"udostępnij|cytuj|líbí se mi|sdílet|páči sa mi|gilla|dela|synes godt om|del|tykkää|jaa|beğen|paylaş|"
    r"suka|bagikan|vind ik leuk|delen|μου αρέσει|tetszik|îmi place|いいね|赞|讚|좋아요|공감|thích|ถูกใจ|إعجاب|"
    r"לייק|पसंद|لایک"
)
_TIME = (
    rf"(?:(?:{RELATIVE_TIME_BEFORE})\s+)?\d+\s*(?:{'|'.join(RELATIVE_TIME_UNITS)})\.?"
    rf"(?:\s+(?:{RELATIVE_TIME_AFTER}))?"
)
_TOKEN = rf"(?:{REPLY}|{REPORT}|{OTHER_ACTIONS}|{_TIME}|\d+)"
# A line of buttons (with counts and the comment's relative time between them) holding one to reply or report:
# "Reply", "Like · Reply · 3h", "12 Likes Reply Report", "Antworten Melden". No colon: "Svar:" heads an answer.
ACTION_LINE = (
    rf"^[^\w:]*(?=.*?(?<!\w)(?:{REPLY}|{REPORT})(?!\w))(?:{_TOKEN})(?:[^\w:]+(?:{_TOKEN}))*[^\w:]*$"
)

# A reply's words to the reader it answers, or a reader's to the author, opening a comment: a greeting and a name
# with a comma after it ("Hi Milan,", "Hi, Pamela, I ...", "Hallo Anna!"); not "Dear Abby:", an advice column's
# letter, nor "Dear" at all (a letter the article prints).
GREETINGS = (
    r"hi|hello|hey|hiya|thanks|thank you|cheers|hallo|hej|hei|moi|moin|servus|bonjour|salut|coucou|merci|hola|gracias|"
    r"olá|oi|obrigada|obrigado|ciao|salve|grazie|hoi|bedankt|привет|спасибо|дякую|cześć|dziękuję|ahoj|díky|děkuji|"
    r"merhaba|teşekkürler|halo|hai|makasih|γεια σου|ευχαριστώ|szia|mulțumesc|salam"
)
# The author thanking a reader for the comment, or a reader praising the post ("Thanks for your question.",
# "Enjoyed your article", "Danke für Ihren Kommentar").
THANKS_FOR_THE_COMMENT = (
    r"\b(thanks|thank you)( so much| very much)? for (your|the) (comment|question|feedback|kind words|note|reply)|"
    r"^\W*(great|nice|lovely|wonderful|excellent|awesome|fantastic|enjoyed|loved) (your |this )?(article|post|"
    r"blog post|recipe|write-up)\b|\bglad you (liked|enjoyed) (it|the (article|post|recipe))|"
    r"danke für (deinen|ihren|den) (kommentar|beitrag)|merci pour (votre|ton) (commentaire|message)|"
    r"gracias por (tu|su) (comentario|mensaje)|obrigad[oa] pelo (seu )?comentário|grazie per il (tuo )?commento|"
    r"спасибо за (ваш |твой )?комментарий|дякую за (ваш )?коментар|dziękuję za (komentarz|pytanie)|"
    r"díky za (komentář|dotaz)|děkuji za (komentář|dotaz)|tack för (din )?(kommentar|fråga)|"
    r"tak for (din )?(kommentar|kommentaren)|takk for (kommentaren|spørsmålet)|kiitos kommentista|"
    r"yorumunuz için teşekkür|terima kasih (atas|untuk) komentar|bedankt voor (je|uw) (reactie|vraag)|"
    r"ευχαριστώ για το σχόλιο|köszönöm a hozzászólást|mulțumesc pentru comentariu|"
    r"コメントありがとうございます|感谢您的评论|谢谢你的评论|感謝您的留言|댓글 감사합니다|cảm ơn bạn đã bình luận"
)
