<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
    <context>
        <name>AcuteGate</name>
        <message>
            <source>The first 48 hours</source>
            <translation>Die ersten 48 Stunden</translation>
        </message>
        <message>
            <source>Start now?</source>
            <translation>Jetzt beginnen?</translation>
        </message>
        <message>
            <source>Asks before stretching or strengthening a fresh injury.</source>
            <translation>Fragt nach, bevor eine frische Verletzung gedehnt oder gekräftigt wird.</translation>
        </message>
        <message>
            <source>Start {title} in the first 48 hours?</source>
            <translation>{title} schon in den ersten 48 Stunden beginnen?</translation>
        </message>
        <message>
            <source>The injury is fresh: for now, rest, ice and keep the leg up. Stretching or strengthening this early can make the strain worse; they can wait until {when}.</source>
            <translation>Die Verletzung ist frisch: Jetzt erst einmal schonen, kühlen und das Bein hochlegen. So früh können Dehnen oder Kräftigen die Zerrung verschlimmern; beides hat Zeit bis {when}.</translation>
        </message>
        <message>
            <source>Ice instead</source>
            <translation>Lieber kühlen</translation>
        </message>
        <message>
            <source>Start anyway</source>
            <translation>Trotzdem beginnen</translation>
        </message>
        <message>
            <source>Not now</source>
            <translation>Nicht jetzt</translation>
        </message>
        <message>
            <source>Starts the ice timer instead. Enter chooses it.</source>
            <translation>Startet stattdessen den Eis-Timer. Die Eingabetaste wählt das.</translation>
        </message>
        <message>
            <source>Starts the routine all the same.</source>
            <translation>Startet das Programm trotzdem.</translation>
        </message>
        <message>
            <source>Starts nothing for now. Esc chooses it.</source>
            <translation>Startet vorerst nichts. Esc wählt das.</translation>
        </message>
    </context>
    <context>
        <name>AlertPanel</name>
        <message>
            <source>Ice alert</source>
            <translation>Eis-Hinweis</translation>
        </message>
        <message>
            <source>The ice application is over: take the ice off, then press Enter.</source>
            <translation>Die Eisanwendung ist vorbei: Nimm das Eis ab und drück dann die Eingabetaste.</translation>
        </message>
        <message>
            <source>Take the ice off now</source>
            <translation>Jetzt das Eis abnehmen</translation>
        </message>
        <message>
            <source>Alert</source>
            <translation>Hinweis</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>Was passiert ist</translation>
        </message>
        <message>
            <source>Ice is off (Enter)</source>
            <translation>Eis ist ab (Eingabe)</translation>
        </message>
        <message>
            <source>Ice is off</source>
            <translation>Eis ist ab</translation>
        </message>
        <message>
            <source>Says the ice is off and closes the alert. Enter, Space or Esc.</source>
            <translation>Meldet, dass das Eis ab ist, und schließt den Hinweis. Eingabe, Leertaste oder Esc.</translation>
        </message>
        <message>
            <source>{minutes} minutes of ice are done (at {time}) and saved.</source>
            <translation>{minutes} Minuten Eis sind vorbei (um {time}) und gespeichert.</translation>
        </message>
    </context>
    <context>
        <name>Announcer</name>
        <message>
            <source>{n} seconds</source>
            <translation>{n} Sekunden</translation>
        </message>
        <message>
            <source>{minutes} minutes</source>
            <translation>{minutes} Minuten</translation>
        </message>
        <message>
            <source>{minutes} minutes {seconds} seconds</source>
            <translation>{minutes} Minuten {seconds} Sekunden</translation>
        </message>
        <message>
            <source>Halfway.</source>
            <translation>Halbzeit.</translation>
        </message>
        <message>
            <source>One minute left.</source>
            <translation>Noch eine Minute.</translation>
        </message>
        <message>
            <source>Paused. Press Space to go on.</source>
            <translation>Pausiert. Weiter mit der Leertaste.</translation>
        </message>
        <message>
            <source>Going on: {time} left.</source>
            <translation>Es geht weiter: noch {time}.</translation>
        </message>
        <message>
            <source>Going on.</source>
            <translation>Es geht weiter.</translation>
        </message>
        <message>
            <source>Session complete.</source>
            <translation>Einheit geschafft.</translation>
        </message>
        <message>
            <source>Session stopped.</source>
            <translation>Einheit beendet.</translation>
        </message>
        <message>
            <source>Session stopped for sharp pain.</source>
            <translation>Einheit wegen stechenden Schmerzes beendet.</translation>
        </message>
        <message>
            <source>Session over.</source>
            <translation>Einheit vorbei.</translation>
        </message>
        <message>
            <source>Get ready: {title}, {side}, {time}.</source>
            <translation>Bereitmachen: {title}, {side}, {time}.</translation>
        </message>
        <message>
            <source>Get ready: {title}, {time}.</source>
            <translation>Bereitmachen: {title}, {time}.</translation>
        </message>
        <message>
            <source>Hold: {title}, {side}, {time}.</source>
            <translation>Halten: {title}, {side}, {time}.</translation>
        </message>
        <message>
            <source>Hold: {title}, {time}.</source>
            <translation>Halten: {title}, {time}.</translation>
        </message>
        <message>
            <source>Rest, {time}.</source>
            <translation>Pause, {time}.</translation>
        </message>
        <message>
            <source>Switch sides: the {side} next.</source>
            <translation>Seite wechseln, jetzt: {side}.</translation>
        </message>
        <message>
            <source>Set {n} of {total}: {title}, {count} repetitions. Go.</source>
            <translation>Satz {n} von {total}: {title}, {count} Wiederholungen. Los.</translation>
        </message>
        <message>
            <source>{title}: {count} repetitions. Go.</source>
            <translation>{title}: {count} Wiederholungen. Los.</translation>
        </message>
        <message>
            <source>Go: {title}, {side}, {time}.</source>
            <translation>Los: {title}, {side}, {time}.</translation>
        </message>
        <message>
            <source>Go: {title}, {time}.</source>
            <translation>Los: {title}, {time}.</translation>
        </message>
        <message>
            <source>Check: {title}. Press Enter when done.</source>
            <translation>Prüfen: {title}. Drück die Eingabetaste, wenn du fertig bist.</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <source>Hamstring Coach</source>
            <translation>Hamstring Coach</translation>
        </message>
    </context>
    <context>
        <name>CalendarLegend</name>
        <message>
            <source>Calendar legend</source>
            <translation>Legende zum Kalender</translation>
        </message>
    </context>
    <context>
        <name>CareNotesPage</name>
        <message>
            <source>Care notes</source>
            <translation>Ratgeber</translation>
        </message>
        <message>
            <source>Heading</source>
            <translation>Überschrift</translation>
        </message>
        <message>
            <source>Self-care for a sore or strained hamstring, in short. This is not a diagnosis: when in doubt, ask a physical therapist or a doctor.</source>
            <translation>Selbsthilfe bei schmerzender oder gezerrter Oberschenkelrückseite, kurz gefasst. Das ist keine Diagnose: Frag im Zweifel eine Physiotherapeutin oder einen Arzt.</translation>
        </message>
        <message>
            <source>About these notes</source>
            <translation>Über diese Hinweise</translation>
        </message>
        <message>
            <source>The notes, one after another. Arrow keys and Page Down scroll them.</source>
            <translation>Die Hinweise, einer nach dem anderen. Pfeiltasten und Bild ab blättern.</translation>
        </message>
        <message>
            <source>Back to Today</source>
            <translation>Zurück zu Heute</translation>
        </message>
        <message>
            <source>Goes back to the Today page.</source>
            <translation>Geht zurück zur Seite Heute.</translation>
        </message>
        <message>
            <source>R.I.C.E. in the first 48 hours</source>
            <translation>PECH-Regel in den ersten 48 Stunden</translation>
        </message>
        <message>
            <source>Rest</source>
            <translation>Schonen</translation>
        </message>
        <message>
            <source>Avoid what makes the pain worse, so the swelling can settle.</source>
            <translation>Meide, was den Schmerz verstärkt, damit die Schwellung abklingen kann.</translation>
        </message>
        <message>
            <source>Ice</source>
            <translation>Eis</translation>
        </message>
        <message>
            <source>15 to 20 minutes at a time, every 2 to 3 hours, for the first 48 hours. Keep a thin cloth between the ice and your skin.</source>
            <translation>Jeweils 15 bis 20 Minuten, alle 2 bis 3 Stunden, in den ersten 48 Stunden. Leg ein dünnes Tuch zwischen Eis und Haut.</translation>
        </message>
        <message>
            <source>Compression</source>
            <translation>Kompression</translation>
        </message>
        <message>
            <source>An elastic bandage or sleeve helps limit swelling. Snug, not tight.</source>
            <translation>Eine elastische Binde oder Bandage hilft gegen die Schwellung. Fest, aber nicht eng.</translation>
        </message>
        <message>
            <source>Elevation</source>
            <translation>Hochlagern</translation>
        </message>
        <message>
            <source>When you rest, raise the leg above the level of your heart.</source>
            <translation>Leg das Bein in Ruhe höher als das Herz.</translation>
        </message>
        <message>
            <source>When heat is fine</source>
            <translation>Wann Wärme gut ist</translation>
        </message>
        <message>
            <source>Not yet</source>
            <translation>Noch nicht</translation>
        </message>
        <message>
            <source>No heat in the first 48 hours: it can make swelling worse.</source>
            <translation>Keine Wärme in den ersten 48 Stunden: Sie kann die Schwellung verstärken.</translation>
        </message>
        <message>
            <source>After 48 hours</source>
            <translation>Nach 48 Stunden</translation>
        </message>
        <message>
            <source>Gentle heat may relax the muscle. Use it only if a healthcare professional agrees.</source>
            <translation>Sanfte Wärme kann den Muskel lockern. Nur, wenn eine Fachperson zustimmt.</translation>
        </message>
        <message>
            <source>Common mistakes</source>
            <translation>Häufige Fehler</translation>
        </message>
        <message>
            <source>Pushing through sharp pain</source>
            <translation>Über stechenden Schmerz hinweggehen</translation>
        </message>
        <message>
            <source>Sharp pain means stop. Ease the effort instead of pushing on.</source>
            <translation>Stechender Schmerz heißt: aufhören. Nimm die Kraft zurück, statt weiterzumachen.</translation>
        </message>
        <message>
            <source>Skipping the warm-up</source>
            <translation>Das Aufwärmen auslassen</translation>
        </message>
        <message>
            <source>Cold muscles strain more easily. Warm up before exercise.</source>
            <translation>Kalte Muskeln zerren leichter. Wärm dich vor dem Training auf.</translation>
        </message>
        <message>
            <source>Bouncing in a stretch</source>
            <translation>Wippen beim Dehnen</translation>
        </message>
        <message>
            <source>Ease into a stretch and hold it still; bouncing can tear fibres.</source>
            <translation>Geh langsam in die Dehnung und halte sie ruhig; Wippen kann Fasern reißen lassen.</translation>
        </message>
        <message>
            <source>Rushing back</source>
            <translation>Zu schnell zurück</translation>
        </message>
        <message>
            <source>Going back to hard activity too soon risks a setback. Build up step by step.</source>
            <translation>Wer zu früh wieder hart trainiert, riskiert einen Rückschlag. Steigere dich Schritt für Schritt.</translation>
        </message>
        <message>
            <source>Prevention</source>
            <translation>Vorbeugen</translation>
        </message>
        <message>
            <source>Warm-up</source>
            <translation>Aufwärmen</translation>
        </message>
        <message>
            <source>About 10 minutes: light cardio, then moving stretches such as leg swings.</source>
            <translation>Etwa 10 Minuten: leichtes Ausdauertraining, dann Dehnen in Bewegung, etwa Beinschwingen.</translation>
        </message>
        <message>
            <source>Cool-down</source>
            <translation>Abwärmen</translation>
        </message>
        <message>
            <source>After exercise: still hamstring stretches and gentle foam rolling.</source>
            <translation>Nach dem Training: ruhige Dehnungen der Oberschenkelrückseite und sanftes Faszienrollen.</translation>
        </message>
        <message>
            <source>Stretch and strengthen</source>
            <translation>Dehnen und kräftigen</translation>
        </message>
        <message>
            <source>Stretch regularly, and strengthen the hamstrings about 3 times a week, raising the effort slowly.</source>
            <translation>Dehn dich regelmäßig und kräftige die Beinbeuger etwa 3-mal pro Woche; steigere die Belastung langsam.</translation>
        </message>
        <message>
            <source>Water and food</source>
            <translation>Trinken und Essen</translation>
        </message>
        <message>
            <source>Drink enough and eat well: both help a muscle recover.</source>
            <translation>Trink genug und iss gut: Beides hilft dem Muskel, sich zu erholen.</translation>
        </message>
        <message>
            <source>Footwear</source>
            <translation>Schuhe</translation>
        </message>
        <message>
            <source>Supportive shoes that suit your feet ease the strain on the leg.</source>
            <translation>Stützende Schuhe, die zu deinen Füßen passen, entlasten das Bein.</translation>
        </message>
        <message>
            <source>Early signs</source>
            <translation>Frühe Zeichen</translation>
        </message>
        <message>
            <source>Take early soreness seriously instead of waiting for it to grow.</source>
            <translation>Nimm erste Beschwerden ernst, statt zu warten, bis sie stärker werden.</translation>
        </message>
        <message>
            <source>What else may help, as a professional directs</source>
            <translation>Was sonst helfen kann, nach fachlicher Anleitung</translation>
        </message>
        <message>
            <source>Anti-inflammatory painkillers</source>
            <translation>Entzündungshemmende Schmerzmittel</translation>
        </message>
        <message>
            <source>Over-the-counter anti-inflammatories such as ibuprofen may ease inflammation. Take them only as directed.</source>
            <translation>Rezeptfreie Entzündungshemmer wie Ibuprofen können Entzündungen lindern. Nimm sie nur wie angegeben.</translation>
        </message>
        <message>
            <source>Massage</source>
            <translation>Massage</translation>
        </message>
        <message>
            <source>Massage may loosen tight muscle and help blood flow.</source>
            <translation>Massage kann verspannte Muskeln lockern und die Durchblutung fördern.</translation>
        </message>
        <message>
            <source>Foam rolling</source>
            <translation>Faszienrolle</translation>
        </message>
        <message>
            <source>Gentle foam rolling may ease knots and tightness.</source>
            <translation>Sanftes Rollen auf der Faszienrolle kann Verhärtungen und Spannung lösen.</translation>
        </message>
        <message>
            <source>Tape</source>
            <translation>Kinesio-Tape</translation>
        </message>
        <message>
            <source>Kinesiology tape may support the hamstring as you move.</source>
            <translation>Kinesio-Tape kann die Oberschenkelrückseite in Bewegung unterstützen.</translation>
        </message>
        <message>
            <source>Not instead of advice</source>
            <translation>Kein Ersatz für Beratung</translation>
        </message>
        <message>
            <source>These add to rest and exercise; they do not replace a professional's advice.</source>
            <translation>Das ergänzt Schonung und Übungen; fachlichen Rat ersetzt es nicht.</translation>
        </message>
        <message>
            <source>When to see someone</source>
            <translation>Wann du Hilfe suchen solltest</translation>
        </message>
        <message>
            <source>After 2 weeks</source>
            <translation>Nach 2 Wochen</translation>
        </message>
        <message>
            <source>Still sore after 2 weeks, or worse despite home care: see a physical therapist.</source>
            <translation>Nach 2 Wochen noch Beschwerden oder trotz Selbsthilfe schlimmer: Geh zur Physiotherapie.</translation>
        </message>
        <message>
            <source>After 4 weeks</source>
            <translation>Nach 4 Wochen</translation>
        </message>
        <message>
            <source>Pain that lingers past 4 weeks: see a healthcare provider, who may check for a tear.</source>
            <translation>Schmerzen, die länger als 4 Wochen anhalten: Lass sie ärztlich abklären, eventuell auch auf einen Riss.</translation>
        </message>
    </context>
    <context>
        <name>CareTexts</name>
        <message>
            <source>{date} {time}</source>
            <translation>{date}, {time}</translation>
        </message>
        <message>
            <source>{day} {time}</source>
            <translation>{day}, {time}</translation>
        </message>
        <message>
            <source>General care</source>
            <translation>Allgemeine Pflege</translation>
        </message>
        <message>
            <source>The first 48 hours</source>
            <translation>Die ersten 48 Stunden</translation>
        </message>
        <message>
            <source>Early recovery, day {day}</source>
            <translation>Frühe Heilung, Tag {day}</translation>
        </message>
        <message>
            <source>Later recovery, day {day}</source>
            <translation>Spätere Heilung, Tag {day}</translation>
        </message>
        <message>
            <source>Still sore, day {day}</source>
            <translation>Noch Beschwerden, Tag {day}</translation>
        </message>
        <message>
            <source>Rest, ice and keep the leg up. Stretching can wait until {when}.</source>
            <translation>Schonen, kühlen, Bein hochlegen. Dehnen hat Zeit bis {when}.</translation>
        </message>
        <message>
            <source>Gentle stretching, 2 to 3 times a day. Ease in, and stop on sharp pain.</source>
            <translation>Sanft dehnen, 2- bis 3-mal am Tag. Langsam hinein, bei stechendem Schmerz aufhören.</translation>
        </message>
        <message>
            <source>Strengthening 3 times a week, plus gentle stretching. Warm up first.</source>
            <translation>Kräftigen 3-mal pro Woche, dazu sanft dehnen. Vorher aufwärmen.</translation>
        </message>
        <message>
            <source>Pain that lasts past 4 weeks needs a proper look: please see a healthcare provider.</source>
            <translation>Schmerzen über 4 Wochen gehören untersucht: Lass sie bitte ärztlich abklären.</translation>
        </message>
        <message>
            <source>No injury recorded: every routine is here for general care and prevention.</source>
            <translation>Keine Verletzung eingetragen: Alle Programme stehen zur Pflege und Vorbeugung bereit.</translation>
        </message>
        <message>
            <source>Sore for more than 2 weeks: please see a physical therapist.</source>
            <translation>Seit mehr als 2 Wochen Beschwerden: Geh bitte zur Physiotherapie.</translation>
        </message>
        <message>
            <source>Sore for more than 4 weeks: please see a healthcare provider, who may check for a tear.</source>
            <translation>Seit mehr als 4 Wochen Beschwerden: Lass es bitte ärztlich abklären, eventuell auch auf einen Riss.</translation>
        </message>
        <message>
            <source>Your last pain ratings keep rising: please see a physical therapist.</source>
            <translation>Deine letzten Schmerzwerte steigen: Geh bitte zur Physiotherapie.</translation>
        </message>
        <message>
            <source>Heat: not in the first 48 hours.</source>
            <translation>Wärme: nicht in den ersten 48 Stunden.</translation>
        </message>
        <message>
            <source>Heat: gently, and only if a professional agrees.</source>
            <translation>Wärme: sanft und nur, wenn eine Fachperson zustimmt.</translation>
        </message>
        <message>
            <source>No more ice reminders: the first 48 hours are nearly over.</source>
            <translation>Keine Eis-Erinnerungen mehr: Die ersten 48 Stunden sind fast vorbei.</translation>
        </message>
        <message>
            <source>Ice is due now.</source>
            <translation>Jetzt ist Eis dran.</translation>
        </message>
        <message>
            <source>Next ice at {time}, in {wait}.</source>
            <translation>Nächstes Eis um {time}, in {wait}.</translation>
        </message>
        <message>
            <source>{m} min</source>
            <translation>{m} Min.</translation>
        </message>
        <message>
            <source>{h} h</source>
            <translation>{h} Std.</translation>
        </message>
        <message>
            <source>{h} h {m} min</source>
            <translation>{h} Std. {m} Min.</translation>
        </message>
        <message>
            <source>{low}-{high}</source>
            <translation>{low}–{high}</translation>
        </message>
        <message>
            <source>{title}: {done} of {aim} in the last 7 days</source>
            <translation>{title}: {done} von {aim} in den letzten 7 Tagen</translation>
        </message>
        <message>
            <source>{title}: {done} of {aim} today</source>
            <translation>{title}: {done} von {aim} heute</translation>
        </message>
        <message>
            <source>left leg</source>
            <translation>linkes Bein</translation>
        </message>
        <message>
            <source>right leg</source>
            <translation>rechtes Bein</translation>
        </message>
        <message>
            <source>both legs</source>
            <translation>beide Beine</translation>
        </message>
        <message>
            <source>Read: R.I.C.E. in the first 48 hours</source>
            <translation>Lesen: die PECH-Regel in den ersten 48 Stunden</translation>
        </message>
        <message>
            <source>Read: common mistakes to avoid</source>
            <translation>Lesen: häufige Fehler vermeiden</translation>
        </message>
        <message>
            <source>Read: prevention</source>
            <translation>Lesen: vorbeugen</translation>
        </message>
        <message>
            <source>Read: when to see someone</source>
            <translation>Lesen: wann du Hilfe suchen solltest</translation>
        </message>
    </context>
    <context>
        <name>CloseWhileCounting</name>
        <message>
            <source>Hamstring Coach is still running</source>
            <translation>Hamstring Coach läuft weiter</translation>
        </message>
        <message>
            <source>The timer goes on in the tray. Quit from the tray icon's menu.</source>
            <translation>Der Timer läuft im Infobereich weiter. Beenden kannst du über das Menü des Symbols dort.</translation>
        </message>
        <message>
            <source>A timer is running</source>
            <translation>Ein Timer läuft</translation>
        </message>
        <message>
            <source>Asks whether to stop the timer under way and quit.</source>
            <translation>Fragt, ob der laufende Timer angehalten und das Programm beendet werden soll.</translation>
        </message>
        <message>
            <source>Closing the window stops the timer under way. Stop it and quit?</source>
            <translation>Wenn du das Fenster schließt, endet der laufende Timer. Anhalten und beenden?</translation>
        </message>
        <message>
            <source>Keep the window open</source>
            <translation>Fenster offen lassen</translation>
        </message>
        <message>
            <source>The timer goes on and the window stays. Esc chooses it.</source>
            <translation>Der Timer läuft weiter und das Fenster bleibt. Esc wählt das.</translation>
        </message>
        <message>
            <source>Stop and quit</source>
            <translation>Anhalten und beenden</translation>
        </message>
        <message>
            <source>Stops the timer, keeps what was done, and quits.</source>
            <translation>Hält den Timer an, behält, was getan wurde, und beendet.</translation>
        </message>
    </context>
    <context>
        <name>CommandLine</name>
        <message>
            <source>usage: </source>
            <translation>Aufruf: </translation>
        </message>
        <message>
            <source>positional arguments</source>
            <translation>Argumente</translation>
        </message>
        <message>
            <source>options</source>
            <translation>Optionen</translation>
        </message>
        <message>
            <source>Hamstring Coach walks you through hamstring care, hands-free, and keeps a private history of your sessions. With no command it opens the window.</source>
            <translation>Hamstring Coach führt dich freihändig durch die Pflege der Oberschenkelrückseite und führt einen privaten Verlauf deiner Einheiten. Ohne Befehl öffnet es das Fenster.</translation>
        </message>
        <message>
            <source>show this help message and exit</source>
            <translation>diese Hilfe zeigen und beenden</translation>
        </message>
        <message>
            <source>show program's version number and exit</source>
            <translation>die Versionsnummer zeigen und beenden</translation>
        </message>
        <message>
            <source>keep the history in DIR</source>
            <translation>den Verlauf in DIR ablegen</translation>
        </message>
        <message>
            <source>run every timer N times faster (for demonstrations)</source>
            <translation>jeden Timer N-mal schneller laufen lassen (zum Vorführen)</translation>
        </message>
        <message>
            <source>open the window and begin a routine at once</source>
            <translation>das Fenster öffnen und sofort ein Programm beginnen</translation>
        </message>
        <message>
            <source>print past sessions</source>
            <translation>bisherige Einheiten ausgeben</translation>
        </message>
        <message>
            <source>write the history to a CSV, JSON or PDF file</source>
            <translation>den Verlauf in eine CSV-, JSON- oder PDF-Datei schreiben</translation>
        </message>
        <message>
            <source>add the sessions of a file made by 'export --format json' to the history</source>
            <translation>die Einheiten einer mit 'export --format json' erstellten Datei zum Verlauf hinzufügen</translation>
        </message>
        <message>
            <source>list the backups, or restore the history from one</source>
            <translation>die Sicherungen auflisten oder den Verlauf aus einer wiederherstellen</translation>
        </message>
        <message>
            <source>list the routines, built in and your own</source>
            <translation>die Programme auflisten, mitgelieferte und eigene</translation>
        </message>
        <message>
            <source>work with routine files</source>
            <translation>mit Programmdateien arbeiten</translation>
        </message>
        <message>
            <source>open the window at a page (today, history, care-notes, settings)</source>
            <translation>das Fenster auf einer Seite öffnen (today, history, care-notes, settings)</translation>
        </message>
        <message>
            <source>record an injury, mark it recovered, show it</source>
            <translation>eine Verletzung eintragen, als verheilt markieren, anzeigen</translation>
        </message>
        <message>
            <source>print the recovery phase and today's plan</source>
            <translation>die Heilungsphase und den Plan für heute ausgeben</translation>
        </message>
        <message>
            <source>for the ice routine: how long the ice stays on, 15-20 minutes</source>
            <translation>für das Eis-Programm: wie lange das Eis draufbleibt, 15–20 Minuten</translation>
        </message>
        <message>
            <source>as JSON, with every segment</source>
            <translation>als JSON, mit jedem Abschnitt</translation>
        </message>
        <message>
            <source>only sessions started on DATE (YYYY-MM-DD, your local date) or later</source>
            <translation>nur Einheiten ab DATE (JJJJ-MM-TT, dein lokales Datum)</translation>
        </message>
        <message>
            <source>only sessions started on DATE (YYYY-MM-DD) or earlier</source>
            <translation>nur Einheiten bis DATE (JJJJ-MM-TT)</translation>
        </message>
        <message>
            <source>at most the newest N sessions (text: 50 unless given; 0: all)</source>
            <translation>höchstens die neuesten N Einheiten (Text: 50, wenn nicht angegeben; 0: alle)</translation>
        </message>
        <message>
            <source>csv: one row per segment; json: everything, to import again; pdf: a report (default: from the file's extension)</source>
            <translation>csv: eine Zeile je Abschnitt; json: alles, zum erneuten Import; pdf: ein Bericht (ohne Angabe: nach der Dateiendung)</translation>
        </message>
        <message>
            <source>the file to write</source>
            <translation>die zu schreibende Datei</translation>
        </message>
        <message>
            <source>replace FILE if it exists</source>
            <translation>FILE ersetzen, falls vorhanden</translation>
        </message>
        <message>
            <source>a backup's name or date, or a history file</source>
            <translation>Name oder Datum einer Sicherung oder eine Verlaufsdatei</translation>
        </message>
        <message>
            <source>check a routine file</source>
            <translation>eine Programmdatei prüfen</translation>
        </message>
        <message>
            <source>add a routine file to your own routines</source>
            <translation>eine Programmdatei zu deinen eigenen Programmen hinzufügen</translation>
        </message>
        <message>
            <source>write a routine to a file, to edit or share</source>
            <translation>ein Programm in eine Datei schreiben, zum Bearbeiten oder Weitergeben</translation>
        </message>
        <message>
            <source>delete one of your own routines</source>
            <translation>eines deiner eigenen Programme löschen</translation>
        </message>
        <message>
            <source>replace your own routine with the same id</source>
            <translation>dein eigenes Programm mit derselben Kennung ersetzen</translation>
        </message>
        <message>
            <source>today, history, care-notes, settings</source>
            <translation>today, history, care-notes, settings (Heute, Verlauf, Ratgeber, Einstellungen)</translation>
        </message>
        <message>
            <source>record when and where it happened</source>
            <translation>eintragen, wann und wo es passiert ist</translation>
        </message>
        <message>
            <source>mark the current injury recovered</source>
            <translation>die aktuelle Verletzung als verheilt markieren</translation>
        </message>
        <message>
            <source>print the current injury</source>
            <translation>die aktuelle Verletzung ausgeben</translation>
        </message>
        <message>
            <source>local date and time it happened, such as "2026-11-27 08:00" (default: now)</source>
            <translation>lokales Datum und Uhrzeit, wann es passiert ist, etwa "2026-11-27 08:00" (ohne Angabe: jetzt)</translation>
        </message>
        <message>
            <source>left, right or both</source>
            <translation>left, right oder both (links, rechts, beide)</translation>
        </message>
        <message>
            <source>a few words: how it happened</source>
            <translation>ein paar Worte dazu, wie es passiert ist</translation>
        </message>
        <message>
            <source>as JSON, with past injuries</source>
            <translation>als JSON, mit früheren Verletzungen</translation>
        </message>
        <message>
            <source>as one JSON object</source>
            <translation>als ein JSON-Objekt</translation>
        </message>
    </context>
    <context>
        <name>CountdownRing</name>
        <message>
            <source>PAUSED</source>
            <translation>PAUSIERT</translation>
        </message>
        <message>
            <source>Countdown</source>
            <translation>Restzeit</translation>
        </message>
        <message>
            <source>{caption}: the seconds left in this step.</source>
            <translation>{caption}: die verbleibenden Sekunden dieses Schritts.</translation>
        </message>
        <message>
            <source>The seconds left in this step.</source>
            <translation>Die verbleibenden Sekunden dieses Schritts.</translation>
        </message>
    </context>
    <context>
        <name>Cues</name>
        <message>
            <source>Next: {title}, {side}.</source>
            <translation>Als Nächstes: {title}, {side}.</translation>
        </message>
        <message>
            <source>Next: {title}.</source>
            <translation>Als Nächstes: {title}.</translation>
        </message>
        <message>
            <source>Rep {n} of {total}.</source>
            <translation>Wiederholung {n} von {total}.</translation>
        </message>
        <message>
            <source>Set {n} of {total}.</source>
            <translation>Satz {n} von {total}.</translation>
        </message>
        <message>
            <source>Switch sides: {side}.</source>
            <translation>Seite wechseln: {side}.</translation>
        </message>
        <message>
            <source>Switch sides.</source>
            <translation>Seite wechseln.</translation>
        </message>
        <message>
            <source>{title}. Press Enter when done.</source>
            <translation>{title}. Drück die Eingabetaste, wenn du fertig bist.</translation>
        </message>
        <message>
            <source>Hold.</source>
            <translation>Halten.</translation>
        </message>
        <message>
            <source>Go.</source>
            <translation>Los.</translation>
        </message>
        <message>
            <source>Rest.</source>
            <translation>Pause.</translation>
        </message>
        <message>
            <source>Halfway.</source>
            <translation>Halbzeit.</translation>
        </message>
        <message>
            <source>Well done.</source>
            <translation>Gut gemacht.</translation>
        </message>
        <message>
            <source>That is the end of the session.</source>
            <translation>Das war die Einheit.</translation>
        </message>
        <message>
            <source>No sound device or speech engine works here, so this session runs silently: follow it on the screen.</source>
            <translation>Hier funktionieren weder Ton noch Sprachausgabe, deshalb läuft die Einheit stumm: Folge ihr auf dem Bildschirm.</translation>
        </message>
        <message>
            <source>No sound device works here, so this session runs without sounds.</source>
            <translation>Hier funktioniert kein Ton, deshalb läuft die Einheit ohne Klänge.</translation>
        </message>
        <message>
            <source>No speech engine works here, so this session runs without the voice.</source>
            <translation>Hier funktioniert keine Sprachausgabe, deshalb läuft die Einheit ohne Stimme.</translation>
        </message>
    </context>
    <context>
        <name>Desktop</name>
        <message>
            <source>The computer was asleep, so the session is paused and the step under way starts again. Press Space to go on.</source>
            <translation>Der Computer hat geschlafen, deshalb ist die Einheit pausiert und der laufende Schritt beginnt neu. Weiter mit der Leertaste.</translation>
        </message>
    </context>
    <context>
        <name>DismissibleNotice</name>
        <message>
            <source>Dismiss this notice</source>
            <translation>Diesen Hinweis schließen</translation>
        </message>
        <message>
            <source>Puts this notice away for the rest of this run. Esc.</source>
            <translation>Blendet diesen Hinweis bis zum Beenden aus. Esc.</translation>
        </message>
        <message>
            <source>Dismiss (Esc)</source>
            <translation>Schließen (Esc)</translation>
        </message>
    </context>
    <context>
        <name>ExercisePicture</name>
        <message>
            <source>Exercise picture</source>
            <translation>Bild der Übung</translation>
        </message>
        <message>
            <source>The position for this step, drawn for the left leg.</source>
            <translation>Die Haltung für diesen Schritt, gezeichnet für das linke Bein.</translation>
        </message>
        <message>
            <source>The position for this step, drawn for the right leg, mirrored.</source>
            <translation>Die Haltung für diesen Schritt, gespiegelt für das rechte Bein.</translation>
        </message>
        <message>
            <source>The position for this step.</source>
            <translation>Die Haltung für diesen Schritt.</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>Export the history</source>
            <translation>Verlauf exportieren</translation>
        </message>
        <message>
            <source>Writes the history to a file. Esc closes it.</source>
            <translation>Schreibt den Verlauf in eine Datei. Esc schließt das Fenster.</translation>
        </message>
        <message>
            <source>What to make</source>
            <translation>Was erstellt wird</translation>
        </message>
        <message>
            <source>A PDF report for your physiotherapist</source>
            <translation>Ein PDF-Bericht für deine Physiotherapie</translation>
        </message>
        <message>
            <source>The plan against what was done, the pain chart and every session.</source>
            <translation>Der Plan neben dem Erledigten, der Schmerzverlauf und jede Einheit.</translation>
        </message>
        <message>
            <source>A CSV file for a spreadsheet (one row per step)</source>
            <translation>Eine CSV-Datei für eine Tabellenkalkulation (eine Zeile je Schritt)</translation>
        </message>
        <message>
            <source>One row per step, safe to open in a spreadsheet.</source>
            <translation>Eine Zeile je Schritt, sicher in einer Tabellenkalkulation zu öffnen.</translation>
        </message>
        <message>
            <source>A JSON file with everything (to import again)</source>
            <translation>Eine JSON-Datei mit allem (zum erneuten Import)</translation>
        </message>
        <message>
            <source>Everything in the history, to import again later.</source>
            <translation>Alles aus dem Verlauf, um es später wieder zu importieren.</translation>
        </message>
        <message>
            <source>Which sessions</source>
            <translation>Welche Einheiten</translation>
        </message>
        <message>
            <source>Those the list shows (its filters)</source>
            <translation>Die in der Liste gezeigten (mit ihren Filtern)</translation>
        </message>
        <message>
            <source>All sessions</source>
            <translation>Alle Einheiten</translation>
        </message>
        <message>
            <source>Only the sessions the list's filters show. Arrow keys choose.</source>
            <translation>Nur die Einheiten, die die Filter der Liste zeigen. Pfeiltasten wählen.</translation>
        </message>
        <message>
            <source>Every session in the history. Arrow keys choose.</source>
            <translation>Jede Einheit im Verlauf. Pfeiltasten wählen.</translation>
        </message>
        <message>
            <source>File to write</source>
            <translation>Zieldatei</translation>
        </message>
        <message>
            <source>Where the export is written.</source>
            <translation>Wohin der Export geschrieben wird.</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Wählen…</translation>
        </message>
        <message>
            <source>Choose the file</source>
            <translation>Datei wählen</translation>
        </message>
        <message>
            <source>Opens a file chooser to pick where to write.</source>
            <translation>Öffnet eine Dateiauswahl für das Ziel.</translation>
        </message>
        <message>
            <source>File:</source>
            <translation>Datei:</translation>
        </message>
        <message>
            <source>Exporting</source>
            <translation>Export läuft</translation>
        </message>
        <message>
            <source>Shown while the file is being written.</source>
            <translation>Wird gezeigt, während die Datei geschrieben wird.</translation>
        </message>
        <message>
            <source>Export result</source>
            <translation>Ergebnis des Exports</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Exportieren</translation>
        </message>
        <message>
            <source>Writes the file now.</source>
            <translation>Schreibt die Datei jetzt.</translation>
        </message>
        <message>
            <source>Closes this window. Esc does too.</source>
            <translation>Schließt dieses Fenster. Esc tut das auch.</translation>
        </message>
        <message>
            <source>Export to</source>
            <translation>Exportieren nach</translation>
        </message>
        <message>
            <source>Name a file to write.</source>
            <translation>Gib eine Datei an, in die geschrieben wird.</translation>
        </message>
        <message>
            <source>Exporting…</source>
            <translation>Exportiere…</translation>
        </message>
        <message>
            <source>Exported {sessions} to {file}.</source>
            <translation>{sessions} nach {file} exportiert.</translation>
        </message>
        <message>
            <source>Not exported: {problem}</source>
            <translation>Nicht exportiert: {problem}</translation>
        </message>
    </context>
    <context>
        <name>HistoryFigures</name>
        <message numerus="yes">
            <source>%n session(s) in {month}.</source>
            <translation>
                <numerusform>%n Einheit im {month}.</numerusform>
                <numerusform>%n Einheiten im {month}.</numerusform>
            </translation>
        </message>
        <message>
            <source>{what}: {n} ({counted})</source>
            <translation>{what}: {n} ({counted})</translation>
        </message>
        <message>
            <source>{day}: {n} stretching sessions</source>
            <translation>{day}: {n} Dehneinheiten</translation>
        </message>
        <message>
            <source>Stretched twice or more on {met} of {days} days.</source>
            <translation>An {met} von {days} Tagen zweimal oder öfter gedehnt.</translation>
        </message>
        <message>
            <source>Week from {day}: {n} strengthening sessions</source>
            <translation>Woche ab {day}: {n} Krafteinheiten</translation>
        </message>
        <message>
            <source>3 or more strengthening sessions in {met} of {weeks} weeks.</source>
            <translation>3 oder mehr Krafteinheiten in {met} von {weeks} Wochen.</translation>
        </message>
        <message>
            <source>{day} from {time}</source>
            <translation>{day} ab {time}</translation>
        </message>
        <message>
            <source>{day} to {time}</source>
            <translation>{day} bis {time}</translation>
        </message>
        <message>
            <source>No injury is recorded. Ice is planned for the first 48 hours after one.</source>
            <translation>Keine Verletzung eingetragen. Eis ist für die ersten 48 Stunden nach einer Verletzung geplant.</translation>
        </message>
        <message>
            <source>{day}: {n} ice applications</source>
            <translation>{day}: {n} Eisanwendungen</translation>
        </message>
        <message>
            <source>{leg}, hurt {day}: {n} ice applications in the first 48 hours.</source>
            <translation>{leg}, verletzt am {day}: {n} Eisanwendungen in den ersten 48 Stunden.</translation>
        </message>
        <message>
            <source>No pain rated after a session in this period.</source>
            <translation>In diesem Zeitraum kein Schmerzwert nach einer Einheit.</translation>
        </message>
        <message>
            <source>Pain after sessions: {mean} on average.</source>
            <translation>Schmerz nach den Einheiten: im Schnitt {mean}.</translation>
        </message>
        <message>
            <source>Pain after sessions: {first} on average in the first week, {last} in the last.</source>
            <translation>Schmerz nach den Einheiten: im Schnitt {first} in der ersten Woche, {last} in der letzten.</translation>
        </message>
    </context>
    <context>
        <name>HistoryFilters</name>
        <message>
            <source>Routine</source>
            <translation>Programm</translation>
        </message>
        <message>
            <source>Lists the sessions of one routine, or of all.</source>
            <translation>Zeigt die Einheiten eines Programms oder aller.</translation>
        </message>
        <message>
            <source>All routines</source>
            <translation>Alle Programme</translation>
        </message>
        <message>
            <source>How it ended</source>
            <translation>Wie sie endete</translation>
        </message>
        <message>
            <source>Lists the sessions that ended one way, or any way.</source>
            <translation>Zeigt die Einheiten mit einem bestimmten Ende oder mit jedem.</translation>
        </message>
        <message>
            <source>Any ending</source>
            <translation>Jedes Ende</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Zeitraum</translation>
        </message>
        <message>
            <source>Lists the sessions of a recent period, or between two dates.</source>
            <translation>Zeigt die Einheiten eines letzten Zeitraums oder zwischen zwei Daten.</translation>
        </message>
        <message>
            <source>Any time</source>
            <translation>Jederzeit</translation>
        </message>
        <message>
            <source>Last 7 days</source>
            <translation>Letzte 7 Tage</translation>
        </message>
        <message>
            <source>Last 30 days</source>
            <translation>Letzte 30 Tage</translation>
        </message>
        <message>
            <source>Last 12 months</source>
            <translation>Letzte 12 Monate</translation>
        </message>
        <message>
            <source>Between dates</source>
            <translation>Zwischen zwei Daten</translation>
        </message>
        <message>
            <source>First day</source>
            <translation>Erster Tag</translation>
        </message>
        <message>
            <source>The first day to list. Arrow keys change it.</source>
            <translation>Der erste gezeigte Tag. Pfeiltasten ändern ihn.</translation>
        </message>
        <message>
            <source>Last day</source>
            <translation>Letzter Tag</translation>
        </message>
        <message>
            <source>The last day to list. Arrow keys change it.</source>
            <translation>Der letzte gezeigte Tag. Pfeiltasten ändern ihn.</translation>
        </message>
        <message>
            <source>to</source>
            <translation>bis</translation>
        </message>
        <message>
            <source>Search the notes</source>
            <translation>Notizen durchsuchen</translation>
        </message>
        <message>
            <source>Lists the sessions whose note holds these words.</source>
            <translation>Zeigt die Einheiten, deren Notiz diese Wörter enthält.</translation>
        </message>
        <message>
            <source>Search notes</source>
            <translation>Notizen durchsuchen</translation>
        </message>
        <message>
            <source>Clear the search</source>
            <translation>Suche leeren</translation>
        </message>
        <message>
            <source>Empties the search field.</source>
            <translation>Leert das Suchfeld.</translation>
        </message>
        <message>
            <source>Show all</source>
            <translation>Alle zeigen</translation>
        </message>
        <message>
            <source>Clear the filters</source>
            <translation>Filter zurücksetzen</translation>
        </message>
        <message>
            <source>Lists every session again.</source>
            <translation>Zeigt wieder alle Einheiten.</translation>
        </message>
    </context>
    <context>
        <name>HistoryPage</name>
        <message>
            <source>No sessions yet. Finished sessions appear here.</source>
            <translation>Noch keine Einheiten. Abgeschlossene Einheiten erscheinen hier.</translation>
        </message>
        <message>
            <source>No sessions</source>
            <translation>Keine Einheiten</translation>
        </message>
        <message>
            <source>Reading problem</source>
            <translation>Lesefehler</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>Einheiten</translation>
        </message>
        <message>
            <source>The list of past sessions, with the chosen one's detail beside it.</source>
            <translation>Die Liste der bisherigen Einheiten, daneben die Einzelheiten der gewählten.</translation>
        </message>
        <message>
            <source>Pictures</source>
            <translation>Bilder</translation>
        </message>
        <message>
            <source>The month's calendar, the plan kept, and pain over time.</source>
            <translation>Der Kalender des Monats, der eingehaltene Plan und der Schmerz im Verlauf.</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>Exportieren…</translation>
        </message>
        <message>
            <source>Export the history</source>
            <translation>Verlauf exportieren</translation>
        </message>
        <message>
            <source>Writes the sessions to a PDF report, a CSV or a JSON file.</source>
            <translation>Schreibt die Einheiten in einen PDF-Bericht, eine CSV- oder eine JSON-Datei.</translation>
        </message>
        <message>
            <source>Restore from backup…</source>
            <translation>Aus Sicherung wiederherstellen…</translation>
        </message>
        <message>
            <source>Restore from backup</source>
            <translation>Aus Sicherung wiederherstellen</translation>
        </message>
        <message>
            <source>Shows the backups and brings one back, keeping the current history first.</source>
            <translation>Zeigt die Sicherungen und stellt eine wieder her; der jetzige Verlauf wird vorher aufbewahrt.</translation>
        </message>
        <message>
            <source>Says which part of the history could not be read.</source>
            <translation>Sagt, welcher Teil des Verlaufs sich nicht lesen ließ.</translation>
        </message>
        <message>
            <source>Session deleted</source>
            <translation>Einheit gelöscht</translation>
        </message>
        <message>
            <source>Sessions listed</source>
            <translation>Aufgeführte Einheiten</translation>
        </message>
        <message>
            <source>Past sessions</source>
            <translation>Bisherige Einheiten</translation>
        </message>
        <message>
            <source>One row a session, newest first. Arrow keys choose one and its detail is shown beside; Delete deletes it, Ctrl+Z brings it back.</source>
            <translation>Eine Zeile je Einheit, die neueste zuerst. Pfeiltasten wählen eine, ihre Einzelheiten stehen daneben; Entf löscht sie, Strg+Z holt sie zurück.</translation>
        </message>
        <message>
            <source>No sessions match these filters.</source>
            <translation>Keine Einheiten passen zu diesen Filtern.</translation>
        </message>
        <message>
            <source>Deleted the session of {when} ({routine}).</source>
            <translation>Die Einheit vom {when} ({routine}) wurde gelöscht.</translation>
        </message>
        <message>
            <source>Part of the history could not be read. {problem}</source>
            <translation>Ein Teil des Verlaufs ließ sich nicht lesen. {problem}</translation>
        </message>
    </context>
    <context>
        <name>HistoryPictures</name>
        <message>
            <source>Reading problem</source>
            <translation>Lesefehler</translation>
        </message>
        <message>
            <source>Says which part of the history could not be read.</source>
            <translation>Sagt, welcher Teil des Verlaufs sich nicht lesen ließ.</translation>
        </message>
        <message>
            <source>Previous month</source>
            <translation>Voriger Monat</translation>
        </message>
        <message>
            <source>Shows the month before.</source>
            <translation>Zeigt den Monat davor.</translation>
        </message>
        <message>
            <source>Next month</source>
            <translation>Nächster Monat</translation>
        </message>
        <message>
            <source>Shows the month after.</source>
            <translation>Zeigt den Monat danach.</translation>
        </message>
        <message>
            <source>This month</source>
            <translation>Dieser Monat</translation>
        </message>
        <message>
            <source>Shows the current month again.</source>
            <translation>Zeigt wieder den aktuellen Monat.</translation>
        </message>
        <message>
            <source>Month shown</source>
            <translation>Gezeigter Monat</translation>
        </message>
        <message>
            <source>Current streak</source>
            <translation>Aktuelle Serie</translation>
        </message>
        <message>
            <source>Stretching</source>
            <translation>Dehnen</translation>
        </message>
        <message>
            <source>Strengthening</source>
            <translation>Kräftigen</translation>
        </message>
        <message>
            <source>Ice</source>
            <translation>Eis</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Andere</translation>
        </message>
        <message>
            <source>stopped early</source>
            <translation>vorzeitig beendet</translation>
        </message>
        <message>
            <source>sharp pain</source>
            <translation>stechender Schmerz</translation>
        </message>
        <message>
            <source>✓ and a green tint: stretched twice or more.</source>
            <translation>✓ und grüne Tönung: zweimal oder öfter gedehnt.</translation>
        </message>
        <message>
            <source>What the ticks mean</source>
            <translation>Was die Haken bedeuten</translation>
        </message>
        <message>
            <source>Stretching sessions each day</source>
            <translation>Dehneinheiten je Tag</translation>
        </message>
        <message>
            <source>Stretching in words</source>
            <translation>Dehnen in Worten</translation>
        </message>
        <message>
            <source>Strengthening sessions each week</source>
            <translation>Krafteinheiten je Woche</translation>
        </message>
        <message>
            <source>Strengthening in words</source>
            <translation>Kräftigen in Worten</translation>
        </message>
        <message>
            <source>Ice applications in the first 48 hours</source>
            <translation>Eisanwendungen in den ersten 48 Stunden</translation>
        </message>
        <message>
            <source>Ice in words</source>
            <translation>Eis in Worten</translation>
        </message>
        <message>
            <source>Pain over</source>
            <translation>Schmerz über</translation>
        </message>
        <message>
            <source>The period the pain chart covers.</source>
            <translation>Der Zeitraum des Schmerzverlaufs.</translation>
        </message>
        <message>
            <source>The month shown</source>
            <translation>Den gezeigten Monat</translation>
        </message>
        <message>
            <source>3 months</source>
            <translation>3 Monate</translation>
        </message>
        <message>
            <source>12 months</source>
            <translation>12 Monate</translation>
        </message>
        <message>
            <source>Since the injury</source>
            <translation>Seit der Verletzung</translation>
        </message>
        <message>
            <source>Everything</source>
            <translation>Alles</translation>
        </message>
        <message>
            <source>Pain in words</source>
            <translation>Schmerz in Worten</translation>
        </message>
        <message>
            <source>Stretching: days with 2 or more sessions</source>
            <translation>Dehnen: Tage mit 2 oder mehr Einheiten</translation>
        </message>
        <message>
            <source>Strengthening each week, aim 3</source>
            <translation>Kräftigen je Woche, Ziel 3</translation>
        </message>
        <message>
            <source>Ice in the first 48 hours</source>
            <translation>Eis in den ersten 48 Stunden</translation>
        </message>
        <message>
            <source>Pain before and after sessions (0 to 10)</source>
            <translation>Schmerz vor und nach den Einheiten (0 bis 10)</translation>
        </message>
        <message>
            <source>Pictures of the history</source>
            <translation>Bilder des Verlaufs</translation>
        </message>
        <message>
            <source>The calendar, the plan kept and the pain chart. Page Down scrolls them.</source>
            <translation>Der Kalender, der eingehaltene Plan und der Schmerzverlauf. Bild ab blättert.</translation>
        </message>
        <message>
            <source>The pictures could not be drawn. {problem}</source>
            <translation>Die Bilder ließen sich nicht zeichnen. {problem}</translation>
        </message>
    </context>
    <context>
        <name>HistoryTexts</name>
        <message>
            <source>Completed</source>
            <translation>Abgeschlossen</translation>
        </message>
        <message>
            <source>Stopped early</source>
            <translation>Vorzeitig beendet</translation>
        </message>
        <message>
            <source>Stopped for sharp pain</source>
            <translation>Wegen stechenden Schmerzes beendet</translation>
        </message>
        <message>
            <source>Interrupted</source>
            <translation>Unterbrochen</translation>
        </message>
        <message>
            <source>Under way</source>
            <translation>Läuft</translation>
        </message>
        <message numerus="yes">
            <source>%n session(s)</source>
            <translation>
                <numerusform>%n Einheit</numerusform>
                <numerusform>%n Einheiten</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Current streak: %n day(s)</source>
            <translation>
                <numerusform>Aktuelle Serie: %n Tag</numerusform>
                <numerusform>Aktuelle Serie: %n Tage</numerusform>
            </translation>
        </message>
        <message>
            <source>{n} completed</source>
            <translation>{n} abgeschlossen</translation>
        </message>
        <message>
            <source>{n} stopped early</source>
            <translation>{n} vorzeitig beendet</translation>
        </message>
        <message>
            <source>{n} stopped for sharp pain</source>
            <translation>{n} wegen stechenden Schmerzes beendet</translation>
        </message>
        <message>
            <source>{n} interrupted</source>
            <translation>{n} unterbrochen</translation>
        </message>
        <message>
            <source>{date}, {time}</source>
            <translation>{date}, {time}</translation>
        </message>
        <message>
            <source>{before} → {after}</source>
            <translation>{before} → {after}</translation>
        </message>
        <message>
            <source>Pain not rated</source>
            <translation>Schmerz nicht bewertet</translation>
        </message>
        <message>
            <source>Pain {before} before, {after} after (of 10)</source>
            <translation>Schmerz {before} vorher, {after} nachher (von 10)</translation>
        </message>
        <message>
            <source>Stretching</source>
            <translation>Dehnen</translation>
        </message>
        <message>
            <source>Strengthening</source>
            <translation>Kräftigen</translation>
        </message>
        <message>
            <source>Ice</source>
            <translation>Eis</translation>
        </message>
        <message>
            <source>Other routines</source>
            <translation>Andere Programme</translation>
        </message>
        <message>
            <source>The first 48 hours</source>
            <translation>Die ersten 48 Stunden</translation>
        </message>
        <message>
            <source>Early recovery (days 3 to 7)</source>
            <translation>Frühe Heilung (Tag 3 bis 7)</translation>
        </message>
        <message>
            <source>Later recovery (weeks 2 to 4)</source>
            <translation>Spätere Heilung (Woche 2 bis 4)</translation>
        </message>
        <message>
            <source>Still sore after 4 weeks</source>
            <translation>Nach 4 Wochen noch Beschwerden</translation>
        </message>
        <message>
            <source>Recovered</source>
            <translation>Verheilt</translation>
        </message>
        <message>
            <source>Injury</source>
            <translation>Verletzung</translation>
        </message>
        <message>
            <source>48 h</source>
            <translation>48 Std.</translation>
        </message>
        <message>
            <source>Day 7</source>
            <translation>Tag 7</translation>
        </message>
        <message>
            <source>Day 28</source>
            <translation>Tag 28</translation>
        </message>
        <message>
            <source>Left hamstring</source>
            <translation>Linke Oberschenkelrückseite</translation>
        </message>
        <message>
            <source>Right hamstring</source>
            <translation>Rechte Oberschenkelrückseite</translation>
        </message>
        <message>
            <source>Both hamstrings</source>
            <translation>Beide Oberschenkelrückseiten</translation>
        </message>
    </context>
    <context>
        <name>IceAlert</name>
        <message>
            <source>No sound can play here and the desktop shows no notifications: when the ice timer ends, only this window says so, so keep it in sight.</source>
            <translation>Hier kann kein Ton spielen und der Desktop zeigt keine Benachrichtigungen: Wenn der Eis-Timer endet, sagt es nur dieses Fenster. Behalte es im Blick.</translation>
        </message>
        <message>
            <source>No sound can play here: when the ice timer ends, this window and a notification say so, silently.</source>
            <translation>Hier kann kein Ton spielen: Wenn der Eis-Timer endet, melden es dieses Fenster und eine Benachrichtigung, lautlos.</translation>
        </message>
        <message>
            <source>The desktop shows no notifications here: when the ice timer ends, this window comes to the front with a sound.</source>
            <translation>Der Desktop zeigt hier keine Benachrichtigungen: Wenn der Eis-Timer endet, kommt dieses Fenster mit einem Ton nach vorn.</translation>
        </message>
        <message>
            <source>Take the ice off now</source>
            <translation>Jetzt das Eis abnehmen</translation>
        </message>
        <message>
            <source>{minutes} minutes of ice are done.</source>
            <translation>{minutes} Minuten Eis sind vorbei.</translation>
        </message>
        <message>
            <source>Ice is off</source>
            <translation>Eis ist ab</translation>
        </message>
    </context>
    <context>
        <name>IceReminders</name>
        <message>
            <source>Time for ice</source>
            <translation>Zeit für Eis</translation>
        </message>
        <message>
            <source>The next ice was due at {time}: 15-20 minutes, with the leg raised.</source>
            <translation>Das nächste Eis war um {time} dran: 15–20 Minuten, mit hochgelegtem Bein.</translation>
        </message>
        <message>
            <source>Start ice timer</source>
            <translation>Eis-Timer starten</translation>
        </message>
    </context>
    <context>
        <name>InjuryForm</name>
        <message>
            <source>Injury</source>
            <translation>Verletzung</translation>
        </message>
        <message>
            <source>Your injury</source>
            <translation>Deine Verletzung</translation>
        </message>
        <message>
            <source>Current injury</source>
            <translation>Aktuelle Verletzung</translation>
        </message>
        <message>
            <source>When it happened</source>
            <translation>Wann es passiert ist</translation>
        </message>
        <message>
            <source>The date and time of the injury; not later than now. Arrow keys change it.</source>
            <translation>Datum und Uhrzeit der Verletzung, nicht später als jetzt. Pfeiltasten ändern sie.</translation>
        </message>
        <message>
            <source>Which leg</source>
            <translation>Welches Bein</translation>
        </message>
        <message>
            <source>The injured leg: left, right or both.</source>
            <translation>Das verletzte Bein: links, rechts oder beide.</translation>
        </message>
        <message>
            <source>Choose a leg</source>
            <translation>Bein wählen</translation>
        </message>
        <message>
            <source>How it happened (optional)</source>
            <translation>Wie es passiert ist (freiwillig)</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Notiz</translation>
        </message>
        <message>
            <source>How it happened, in a few words; optional. Enter saves the injury.</source>
            <translation>Wie es passiert ist, in wenigen Worten; freiwillig. Die Eingabetaste speichert die Verletzung.</translation>
        </message>
        <message>
            <source>Save injury</source>
            <translation>Verletzung speichern</translation>
        </message>
        <message>
            <source>Saves the injury; the plan then follows the days since.</source>
            <translation>Speichert die Verletzung; der Plan richtet sich dann nach den Tagen seitdem.</translation>
        </message>
        <message>
            <source>Mark recovered</source>
            <translation>Als verheilt markieren</translation>
        </message>
        <message>
            <source>Says the injury has healed; the plan goes back to general care.</source>
            <translation>Meldet die Verletzung als verheilt; der Plan kehrt zur allgemeinen Pflege zurück.</translation>
        </message>
        <message>
            <source>Injury form message</source>
            <translation>Meldung zur Verletzung</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Wann</translation>
        </message>
        <message>
            <source>Leg</source>
            <translation>Bein</translation>
        </message>
        <message>
            <source>None recorded. Strained it? Say when, and the plan follows the days.</source>
            <translation>Nichts eingetragen. Gezerrt? Sag, wann, und der Plan folgt den Tagen.</translation>
        </message>
        <message>
            <source>Current: {leg}, since {when}.</source>
            <translation>Aktuell: {leg}, seit {when}.</translation>
        </message>
        <message>
            <source>Choose which leg it is first.</source>
            <translation>Wähle zuerst, welches Bein es ist.</translation>
        </message>
    </context>
    <context>
        <name>KeepAwake</name>
        <message>
            <source>An ice timer is counting down.</source>
            <translation>Ein Eis-Timer läuft.</translation>
        </message>
        <message>
            <source>A guided exercise session is running.</source>
            <translation>Eine angeleitete Übungseinheit läuft.</translation>
        </message>
    </context>
    <context>
        <name>LocaleText</name>
        <message>
            <source>{weekday} {date}, {time}</source>
            <translation>{weekday}, {date}, {time}</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Hamstring Coach</source>
            <translation>Hamstring Coach</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Heute</translation>
        </message>
        <message>
            <source>The recovery phase, today's plan and the routines to start.</source>
            <translation>Die Heilungsphase, der Plan für heute und die Programme zum Starten.</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Verlauf</translation>
        </message>
        <message>
            <source>Past sessions, with the steps of the one selected.</source>
            <translation>Bisherige Einheiten, mit den Schritten der gewählten.</translation>
        </message>
        <message>
            <source>Care notes</source>
            <translation>Ratgeber</translation>
        </message>
        <message>
            <source>Short notes on caring for a sore or strained hamstring.</source>
            <translation>Kurze Hinweise zur Pflege einer schmerzenden oder gezerrten Oberschenkelrückseite.</translation>
        </message>
        <message>
            <source>My routines</source>
            <translation>Meine Programme</translation>
        </message>
        <message>
            <source>Import, copy, change, export or delete routines.</source>
            <translation>Programme importieren, kopieren, ändern, exportieren oder löschen.</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Einstellungen</translation>
        </message>
        <message>
            <source>Holds, rests, sides, voice, sounds, theme and ice. Ctrl+Comma opens it.</source>
            <translation>Halten, Pausen, Seiten, Stimme, Töne, Darstellung und Eis. Strg+Komma öffnet sie.</translation>
        </message>
        <message>
            <source>Saving problem</source>
            <translation>Speicherfehler</translation>
        </message>
        <message>
            <source>Says what could not be saved; saving is tried again every few seconds.</source>
            <translation>Sagt, was sich nicht speichern ließ; alle paar Sekunden wird es erneut versucht.</translation>
        </message>
        <message>
            <source>Sound problem</source>
            <translation>Tonproblem</translation>
        </message>
        <message>
            <source>Says when the sounds or the voice cannot play in this session.</source>
            <translation>Sagt, wenn Töne oder Stimme in dieser Einheit nicht spielen können.</translation>
        </message>
        <message>
            <source>Desktop notice</source>
            <translation>Hinweis zum Desktop</translation>
        </message>
        <message>
            <source>Says what the desktop could not do, or what a sleep of the computer did.</source>
            <translation>Sagt, was der Desktop nicht konnte oder was der Ruhezustand des Computers bewirkt hat.</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Beenden</translation>
        </message>
        <message>
            <source>Full screen</source>
            <translation>Vollbild</translation>
        </message>
        <message>
            <source>{problem} Nothing is lost while Hamstring Coach stays open: saving is tried again every few seconds.</source>
            <translation>{problem} Nichts geht verloren, solange Hamstring Coach offen bleibt: Alle paar Sekunden wird erneut gespeichert.</translation>
        </message>
        <message>
            <source>Not saved yet</source>
            <translation>Noch nicht gespeichert</translation>
        </message>
        <message>
            <source>Asks whether to quit although the end of the session is not saved.</source>
            <translation>Fragt, ob beendet werden soll, obwohl das Ende der Einheit nicht gespeichert ist.</translation>
        </message>
        <message>
            <source>The end of this session is not saved yet. {problem}</source>
            <translation>Das Ende dieser Einheit ist noch nicht gespeichert. {problem}</translation>
        </message>
        <message>
            <source>Keep Hamstring Coach open and it tries again every few seconds; quitting now loses what is not saved.</source>
            <translation>Lass Hamstring Coach offen, dann versucht es alle paar Sekunden erneut; wer jetzt beendet, verliert, was nicht gespeichert ist.</translation>
        </message>
        <message>
            <source>Keep open</source>
            <translation>Offen lassen</translation>
        </message>
        <message>
            <source>Keeps Hamstring Coach open and tries saving again. Esc chooses it too.</source>
            <translation>Lässt Hamstring Coach offen und versucht erneut zu speichern. Auch Esc wählt das.</translation>
        </message>
        <message>
            <source>Quit without saving</source>
            <translation>Ohne Speichern beenden</translation>
        </message>
        <message>
            <source>Quits now; what is not saved yet is lost.</source>
            <translation>Beendet jetzt; was noch nicht gespeichert ist, geht verloren.</translation>
        </message>
    </context>
    <context>
        <name>MonthCalendar</name>
        <message>
            <source>Sessions by day</source>
            <translation>Einheiten nach Tagen</translation>
        </message>
        <message>
            <source>No month to show yet.</source>
            <translation>Noch kein Monat zu zeigen.</translation>
        </message>
    </context>
    <context>
        <name>Opening</name>
        <message>
            <source>Hamstring Coach</source>
            <translation>Hamstring Coach</translation>
        </message>
        <message>
            <source>History file damaged</source>
            <translation>Verlaufsdatei beschädigt</translation>
        </message>
        <message>
            <source>Asks whether to restore the last good backup of the history.</source>
            <translation>Fragt, ob die letzte gute Sicherung des Verlaufs wiederhergestellt werden soll.</translation>
        </message>
        <message>
            <source>Your history file could not be opened: it is damaged or not a history file. It was set aside unchanged as {name}.</source>
            <translation>Deine Verlaufsdatei ließ sich nicht öffnen: Sie ist beschädigt oder keine Verlaufsdatei. Sie wurde unverändert als {name} beiseitegelegt.</translation>
        </message>
        <message>
            <source>Restore the backup from {date} ({count} sessions)? Sessions after that day are not in it.</source>
            <translation>Die Sicherung vom {date} ({count} Einheiten) wiederherstellen? Einheiten nach diesem Tag sind nicht darin.</translation>
        </message>
        <message>
            <source>Restore the backup</source>
            <translation>Sicherung wiederherstellen</translation>
        </message>
        <message>
            <source>Opens the history as it was on the day of the backup. Enter.</source>
            <translation>Öffnet den Verlauf, wie er am Tag der Sicherung war. Eingabetaste.</translation>
        </message>
        <message>
            <source>Start an empty history</source>
            <translation>Mit leerem Verlauf beginnen</translation>
        </message>
        <message>
            <source>Starts with no sessions; the damaged file stays set aside. Esc.</source>
            <translation>Beginnt ohne Einheiten; die beschädigte Datei bleibt beiseitegelegt. Esc.</translation>
        </message>
        <message>
            <source>Says the history starts empty, as there is no backup.</source>
            <translation>Sagt, dass der Verlauf leer beginnt, weil es keine Sicherung gibt.</translation>
        </message>
        <message>
            <source>Your history file could not be opened: it is damaged or not a history file. It was set aside unchanged as {name}, and there is no backup to restore, so Hamstring Coach starts with an empty history.</source>
            <translation>Deine Verlaufsdatei ließ sich nicht öffnen: Sie ist beschädigt oder keine Verlaufsdatei. Sie wurde unverändert als {name} beiseitegelegt, und es gibt keine Sicherung; Hamstring Coach beginnt deshalb mit einem leeren Verlauf.</translation>
        </message>
        <message>
            <source>Goes on to Hamstring Coach. Enter or Esc.</source>
            <translation>Weiter zu Hamstring Coach. Eingabetaste oder Esc.</translation>
        </message>
    </context>
    <context>
        <name>PainBeforeStrip</name>
        <message>
            <source>Pain before the session</source>
            <translation>Schmerz vor der Einheit</translation>
        </message>
        <message>
            <source>How much it hurts before you start, 0 to 10; number keys answer. The session goes on meanwhile.</source>
            <translation>Wie stark es vor dem Start schmerzt, 0 bis 10; Zahlentasten antworten. Die Einheit läuft derweil weiter.</translation>
        </message>
        <message>
            <source>Pain now?</source>
            <translation>Schmerz jetzt?</translation>
        </message>
        <message>
            <source>Pain question</source>
            <translation>Frage zum Schmerz</translation>
        </message>
        <message>
            <source>How much does it hurt before you start? 0 = no pain, 10 = worst.</source>
            <translation>Wie stark schmerzt es vor dem Start? 0 = kein Schmerz, 10 = am schlimmsten.</translation>
        </message>
        <message>
            <source>Pain {n} of 10</source>
            <translation>Schmerz {n} von 10</translation>
        </message>
        <message>
            <source>Notes this pain before the session.</source>
            <translation>Notiert diesen Schmerz vor der Einheit.</translation>
        </message>
        <message>
            <source>Skip</source>
            <translation>Überspringen</translation>
        </message>
        <message>
            <source>Skip the pain question</source>
            <translation>Frage zum Schmerz überspringen</translation>
        </message>
        <message>
            <source>Closes the question unanswered; it also goes by itself after the first step.</source>
            <translation>Schließt die Frage unbeantwortet; nach dem ersten Schritt geht sie auch von selbst.</translation>
        </message>
    </context>
    <context>
        <name>PainChart</name>
        <message>
            <source>after</source>
            <translation>nachher</translation>
        </message>
        <message>
            <source>before</source>
            <translation>vorher</translation>
        </message>
        <message>
            <source>Pain before and after sessions</source>
            <translation>Schmerz vor und nach den Einheiten</translation>
        </message>
        <message>
            <source>No pain ratings to show yet.</source>
            <translation>Noch keine Schmerzwerte zu zeigen.</translation>
        </message>
        <message>
            <source>No pain ratings in this period.</source>
            <translation>Keine Schmerzwerte in diesem Zeitraum.</translation>
        </message>
    </context>
    <context>
        <name>PainScale</name>
        <message>
            <source>Pain from 0 to 10</source>
            <translation>Schmerz von 0 bis 10</translation>
        </message>
        <message>
            <source>How the hamstring feels now: 0 is no pain, 10 the worst.</source>
            <translation>Wie sich die Oberschenkelrückseite jetzt anfühlt: 0 ist kein Schmerz, 10 am schlimmsten.</translation>
        </message>
        <message>
            <source>Pain {n} of 10</source>
            <translation>Schmerz {n} von 10</translation>
        </message>
        <message>
            <source>Notes this rating. Arrow keys move along the scale; number keys choose at once, 1 then 0 for 10.</source>
            <translation>Notiert diesen Wert. Pfeiltasten bewegen sich auf der Skala; Zahlentasten wählen sofort, 1 und dann 0 für 10.</translation>
        </message>
        <message>
            <source>1 for now: press 0 straight away to make it 10.</source>
            <translation>Vorerst 1: Drück gleich 0, dann wird es 10.</translation>
        </message>
        <message>
            <source>Waiting for a second digit</source>
            <translation>Wartet auf eine zweite Ziffer</translation>
        </message>
    </context>
    <context>
        <name>QtMessages</name>
        <message>
            <source>hamstring-coach: no sound server is running, so sessions run without sounds (the countdown and the words on screen are unchanged).</source>
            <translation>hamstring-coach: Es läuft kein Soundserver, deshalb laufen die Einheiten ohne Klänge (der Countdown und die Worte auf dem Bildschirm bleiben, wie sie sind).</translation>
        </message>
    </context>
    <context>
        <name>Question</name>
        <message>
            <source>Does what is asked.</source>
            <translation>Tut, was gefragt ist.</translation>
        </message>
        <message>
            <source>Keep</source>
            <translation>Behalten</translation>
        </message>
        <message>
            <source>Changes nothing. Enter and Esc choose it.</source>
            <translation>Ändert nichts. Eingabetaste und Esc wählen das.</translation>
        </message>
    </context>
    <context>
        <name>Report</name>
        <message>
            <source>Hamstring care report</source>
            <translation>Bericht zur Pflege der Oberschenkelrückseite</translation>
        </message>
        <message>
            <source>{first} to {last}</source>
            <translation>{first} bis {last}</translation>
        </message>
        <message>
            <source>Made on {day} by Hamstring Coach {version}</source>
            <translation>Erstellt am {day} mit Hamstring Coach {version}</translation>
        </message>
        <message>
            <source>Injury</source>
            <translation>Verletzung</translation>
        </message>
        <message>
            <source>No injury is recorded.</source>
            <translation>Keine Verletzung eingetragen.</translation>
        </message>
        <message>
            <source>The plan and what was done</source>
            <translation>Der Plan und was getan wurde</translation>
        </message>
        <message>
            <source>Pain before and after sessions (0 to 10)</source>
            <translation>Schmerz vor und nach den Einheiten (0 bis 10)</translation>
        </message>
        <message>
            <source>No pain ratings.</source>
            <translation>Keine Schmerzwerte.</translation>
        </message>
        <message>
            <source>The sessions are listed from page 2.</source>
            <translation>Die Einheiten stehen ab Seite 2.</translation>
        </message>
        <message>
            <source>There are no sessions in this period.</source>
            <translation>In diesem Zeitraum gibt es keine Einheiten.</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Was</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Erledigt</translation>
        </message>
        <message>
            <source>The plan</source>
            <translation>Der Plan</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>Einheiten</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Routine</source>
            <translation>Programm</translation>
        </message>
        <message>
            <source>Pain before → after</source>
            <translation>Schmerz vorher → nachher</translation>
        </message>
        <message>
            <source>How it ended</source>
            <translation>Wie sie endete</translation>
        </message>
        <message>
            <source>Hamstring Coach report, {range}</source>
            <translation>Hamstring-Coach-Bericht, {range}</translation>
        </message>
        <message>
            <source>Page {n} of {total}</source>
            <translation>Seite {n} von {total}</translation>
        </message>
        <message>
            <source>Stretching: days with 2 or more sessions</source>
            <translation>Dehnen: Tage mit 2 oder mehr Einheiten</translation>
        </message>
        <message>
            <source>{met} of {days} days</source>
            <translation>{met} von {days} Tagen</translation>
        </message>
        <message>
            <source>2 to 3 times a day, from the third day</source>
            <translation>2- bis 3-mal am Tag, ab dem dritten Tag</translation>
        </message>
        <message>
            <source>Strengthening: sessions per week</source>
            <translation>Kräftigen: Einheiten pro Woche</translation>
        </message>
        <message>
            <source>3 times a week, from the second week</source>
            <translation>3-mal pro Woche, ab der zweiten Woche</translation>
        </message>
        <message>
            <source>{day}: {n}</source>
            <translation>{day}: {n}</translation>
        </message>
        <message>
            <source>{n} a day: {minutes} min every {hours} h</source>
            <translation>{n} am Tag: {minutes} Min. alle {hours} Std.</translation>
        </message>
        <message>
            <source>Ice in the first 48 hours</source>
            <translation>Eis in den ersten 48 Stunden</translation>
        </message>
        <message>
            <source>{leg}, hurt on {day} at {time}.</source>
            <translation>{leg}, verletzt am {day} um {time}.</translation>
        </message>
        <message>
            <source>On {day}: {phase}, day {n} after the injury.</source>
            <translation>Am {day}: {phase}, Tag {n} nach der Verletzung.</translation>
        </message>
        <message>
            <source>Marked recovered on {day}.</source>
            <translation>Am {day} als verheilt markiert.</translation>
        </message>
        <message>
            <source>Note: {note}</source>
            <translation>Notiz: {note}</translation>
        </message>
        <message numerus="yes">
            <source>{met} of {weeks} weeks had 3 or more; %n session(s) in all</source>
            <translation>
                <numerusform>{met} von {weeks} Wochen mit 3 oder mehr; insgesamt %n Einheit</numerusform>
                <numerusform>{met} von {weeks} Wochen mit 3 oder mehr; insgesamt %n Einheiten</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RestoreDialog</name>
        <message>
            <source>Restore from backup</source>
            <translation>Aus Sicherung wiederherstellen</translation>
        </message>
        <message>
            <source>Brings back the history of a backup, keeping the current one first.</source>
            <translation>Stellt den Verlauf einer Sicherung wieder her; der jetzige wird vorher aufbewahrt.</translation>
        </message>
        <message>
            <source>Backups found</source>
            <translation>Gefundene Sicherungen</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>Sicherungen</translation>
        </message>
        <message>
            <source>Each backup with its day and sessions. Arrow keys choose one.</source>
            <translation>Jede Sicherung mit ihrem Tag und ihren Einheiten. Pfeiltasten wählen eine.</translation>
        </message>
        <message>
            <source>What restoring does</source>
            <translation>Was das Wiederherstellen tut</translation>
        </message>
        <message>
            <source>Restore result</source>
            <translation>Ergebnis der Wiederherstellung</translation>
        </message>
        <message>
            <source>Restore this backup…</source>
            <translation>Diese Sicherung wiederherstellen…</translation>
        </message>
        <message>
            <source>Restore the chosen backup</source>
            <translation>Die gewählte Sicherung wiederherstellen</translation>
        </message>
        <message>
            <source>Says what restoring does and asks to be sure.</source>
            <translation>Sagt, was das Wiederherstellen tut, und fragt zur Sicherheit nach.</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Wiederherstellen</translation>
        </message>
        <message>
            <source>Yes, restore it</source>
            <translation>Ja, wiederherstellen</translation>
        </message>
        <message>
            <source>Keeps the current history aside and restores the chosen backup.</source>
            <translation>Legt den jetzigen Verlauf beiseite und stellt die gewählte Sicherung wieder her.</translation>
        </message>
        <message>
            <source>Keep my history</source>
            <translation>Meinen Verlauf behalten</translation>
        </message>
        <message>
            <source>Do not restore</source>
            <translation>Nicht wiederherstellen</translation>
        </message>
        <message>
            <source>Keeps the history as it is.</source>
            <translation>Lässt den Verlauf, wie er ist.</translation>
        </message>
        <message>
            <source>Closes this window. Esc does too.</source>
            <translation>Schließt dieses Fenster. Esc tut das auch.</translation>
        </message>
        <message>
            <source>Looking at the backups…</source>
            <translation>Sicherungen werden angesehen…</translation>
        </message>
        <message>
            <source>{day}: {sessions}</source>
            <translation>{day}: {sessions}</translation>
        </message>
        <message>
            <source>{day}: damaged, cannot be restored</source>
            <translation>{day}: beschädigt, nicht wiederherstellbar</translation>
        </message>
        <message>
            <source>There are no backups yet. Hamstring Coach keeps one a day, the last 7 days and 4 weeks, in the data folder's backups folder.</source>
            <translation>Noch keine Sicherungen. Hamstring Coach legt täglich eine an und behält die der letzten 7 Tage und 4 Wochen im Ordner „backups“ des Datenordners.</translation>
        </message>
        <message>
            <source>a history that cannot be read</source>
            <translation>einen Verlauf, der sich nicht lesen lässt</translation>
        </message>
        <message>
            <source>Your history now holds {now}. Choose a backup to go back to:</source>
            <translation>Dein Verlauf enthält jetzt {now}. Wähle eine Sicherung, zu der du zurückkehren willst:</translation>
        </message>
        <message>
            <source>Replace your history with the backup of {day} ({sessions})? A copy of the history as it is now is kept in the data folder first.</source>
            <translation>Deinen Verlauf durch die Sicherung vom {day} ({sessions}) ersetzen? Eine Kopie des jetzigen Verlaufs wird vorher im Datenordner abgelegt.</translation>
        </message>
        <message>
            <source>Not restored: {problem}</source>
            <translation>Nicht wiederhergestellt: {problem}</translation>
        </message>
        <message>
            <source>Restored the backup of {day} ({sessions}). The history before it is kept as {kept}.</source>
            <translation>Die Sicherung vom {day} ({sessions}) ist wiederhergestellt. Der vorige Verlauf liegt als {kept} bereit.</translation>
        </message>
    </context>
    <context>
        <name>RoutineDialogs</name>
        <message>
            <source>Routine files ({pattern})</source>
            <translation>Programmdateien ({pattern})</translation>
        </message>
        <message>
            <source>Import a routine file</source>
            <translation>Programmdatei importieren</translation>
        </message>
        <message>
            <source>Export {title}</source>
            <translation>{title} exportieren</translation>
        </message>
    </context>
    <context>
        <name>RoutineEditor</name>
        <message>
            <source>Heading</source>
            <translation>Überschrift</translation>
        </message>
        <message>
            <source>About this editor</source>
            <translation>Über diesen Editor</translation>
        </message>
        <message>
            <source>Routine problem</source>
            <translation>Problem mit dem Programm</translation>
        </message>
        <message>
            <source>Says why this routine cannot be saved as it is.</source>
            <translation>Sagt, warum sich dieses Programm so nicht speichern lässt.</translation>
        </message>
        <message>
            <source>Routine title</source>
            <translation>Name des Programms</translation>
        </message>
        <message>
            <source>The name the routine is listed and started by. Alt+T.</source>
            <translation>Der Name, unter dem das Programm aufgeführt und gestartet wird. Alt+N.</translation>
        </message>
        <message>
            <source>&amp;Title</source>
            <translation>&amp;Name</translation>
        </message>
        <message>
            <source>Length of the routine</source>
            <translation>Dauer des Programms</translation>
        </message>
        <message>
            <source>Steps</source>
            <translation>Schritte</translation>
        </message>
        <message>
            <source>The steps of the routine, with their numbers.</source>
            <translation>Die Schritte des Programms, mit ihren Werten.</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Speichern</translation>
        </message>
        <message>
            <source>Save this routine</source>
            <translation>Dieses Programm speichern</translation>
        </message>
        <message>
            <source>Saves the routine as it is shown. Ctrl+S.</source>
            <translation>Speichert das Programm wie gezeigt. Strg+S.</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Cancel, keeping nothing of these changes</source>
            <translation>Abbrechen und diese Änderungen verwerfen</translation>
        </message>
        <message>
            <source>Closes the editor without saving. Esc.</source>
            <translation>Schließt den Editor ohne Speichern. Esc.</translation>
        </message>
        <message>
            <source>A copy of {title}</source>
            <translation>Eine Kopie von {title}</translation>
        </message>
        <message>
            <source>Change {title}</source>
            <translation>{title} ändern</translation>
        </message>
        <message>
            <source>Change the holds, repetitions and rests, then save it as your own routine. {title} stays as it is.</source>
            <translation>Ändere Haltezeiten, Wiederholungen und Pausen und speichere es als eigenes Programm. {title} bleibt, wie es ist.</translation>
        </message>
        <message>
            <source>Change the holds, repetitions and rests, then save.</source>
            <translation>Ändere Haltezeiten, Wiederholungen und Pausen und speichere dann.</translation>
        </message>
        <message>
            <source>Step {n}: {title}</source>
            <translation>Schritt {n}: {title}</translation>
        </message>
        <message>
            <source> s</source>
            <translation> s</translation>
        </message>
        <message>
            <source>Repetitions on each leg</source>
            <translation>Wiederholungen je Bein</translation>
        </message>
        <message>
            <source>Repetitions</source>
            <translation>Wiederholungen</translation>
        </message>
        <message>
            <source>Hold for</source>
            <translation>Halten für</translation>
        </message>
        <message>
            <source>Rest between holds</source>
            <translation>Pause zwischen dem Halten</translation>
        </message>
        <message>
            <source>Sets</source>
            <translation>Sätze</translation>
        </message>
        <message>
            <source>Repetitions in a set</source>
            <translation>Wiederholungen pro Satz</translation>
        </message>
        <message>
            <source>Rest between sets</source>
            <translation>Pause zwischen den Sätzen</translation>
        </message>
        <message>
            <source>{minutes} min of timed activity, not changed here.</source>
            <translation>{minutes} Min. Übung auf Zeit, hier nicht änderbar.</translation>
        </message>
        <message>
            <source>A checklist to confirm, not changed here.</source>
            <translation>Eine Checkliste zum Bestätigen, hier nicht änderbar.</translation>
        </message>
        <message>
            <source>{step}: not changed here</source>
            <translation>{step}: hier nicht änderbar</translation>
        </message>
        <message>
            <source>{what} for {step}</source>
            <translation>{what} für {step}</translation>
        </message>
        <message>
            <source>From {low} to {high}. Arrow keys change it, or type a number.</source>
            <translation>Von {low} bis {high}. Pfeiltasten ändern den Wert, oder tipp eine Zahl.</translation>
        </message>
        <message>
            <source>About {minutes} min</source>
            <translation>Etwa {minutes} Min.</translation>
        </message>
    </context>
    <context>
        <name>Routines</name>
        <message>
            <source>Cool-down</source>
            <translation>Abwärmen</translation>
        </message>
        <message>
            <source>Static hamstring holds, gentle foam rolling on each leg, and a drink of water. Do it after exercise.</source>
            <translation>Ruhige Dehnungen der Oberschenkelrückseite, sanftes Rollen auf der Faszienrolle für jedes Bein und ein Glas Wasser. Nach dem Training.</translation>
        </message>
        <message>
            <source>A foam roller</source>
            <translation>Eine Faszienrolle</translation>
        </message>
        <message>
            <source>A glass of water</source>
            <translation>Ein Glas Wasser</translation>
        </message>
        <message>
            <source>Static hamstring stretch</source>
            <translation>Ruhige Dehnung der Oberschenkelrückseite</translation>
        </message>
        <message>
            <source>One heel forward, toes up, back knee bent. Lean forward from the hips with a long back until you feel a mild pull.</source>
            <translation>Eine Ferse nach vorn, Zehen hoch, hinteres Knie gebeugt. Mit langem Rücken aus der Hüfte nach vorn neigen, bis du ein leichtes Ziehen spürst.</translation>
        </message>
        <message>
            <source>Foam rolling</source>
            <translation>Faszienrolle</translation>
        </message>
        <message>
            <source>Sit with the roller under one thigh. Roll slowly from above the knee to below the buttock, with gentle pressure.</source>
            <translation>Setz dich mit der Rolle unter einem Oberschenkel. Roll langsam und mit sanftem Druck von oberhalb des Knies bis unter das Gesäß.</translation>
        </message>
        <message>
            <source>A drink of water</source>
            <translation>Ein Glas Wasser</translation>
        </message>
        <message>
            <source>Have a glass of water. Press Done when you have.</source>
            <translation>Trink ein Glas Wasser. Drück danach auf Fertig.</translation>
        </message>
        <message>
            <source>Drink a glass of water</source>
            <translation>Ein Glas Wasser trinken</translation>
        </message>
        <message>
            <source>Full workout</source>
            <translation>Ganzes Training</translation>
        </message>
        <message>
            <source>Warm-up, strengthening and cool-down in one session.</source>
            <translation>Aufwärmen, Kräftigen und Abwärmen in einer Einheit.</translation>
        </message>
        <message>
            <source>A wall or a sturdy chair to hold on to</source>
            <translation>Eine Wand oder ein stabiler Stuhl zum Festhalten</translation>
        </message>
        <message>
            <source>A mat</source>
            <translation>Eine Matte</translation>
        </message>
        <message>
            <source>A resistance band or a curl machine</source>
            <translation>Ein Widerstandsband oder ein Beinbeuger-Gerät</translation>
        </message>
        <message>
            <source>A light weight, or none</source>
            <translation>Ein leichtes Gewicht oder keins</translation>
        </message>
        <message>
            <source>Light cardio</source>
            <translation>Leichtes Ausdauertraining</translation>
        </message>
        <message>
            <source>March on the spot or walk briskly. An easy pace: you can still talk.</source>
            <translation>Auf der Stelle marschieren oder zügig gehen. Locker: Du kannst dabei noch reden.</translation>
        </message>
        <message>
            <source>Leg swings</source>
            <translation>Beinschwingen</translation>
        </message>
        <message>
            <source>Stand beside a wall, one hand on it. Swing one straight leg forward and back, relaxed, a little higher each time.</source>
            <translation>Stell dich neben eine Wand, eine Hand daran. Schwing ein gestrecktes Bein locker vor und zurück, jedes Mal etwas höher.</translation>
        </message>
        <message>
            <source>Side leg swings</source>
            <translation>Seitliches Beinschwingen</translation>
        </message>
        <message>
            <source>Face forward, one hand on the wall. Swing one straight leg out to the side and back, relaxed.</source>
            <translation>Blick nach vorn, eine Hand an der Wand. Schwing ein gestrecktes Bein locker zur Seite und zurück.</translation>
        </message>
        <message>
            <source>Bridges</source>
            <translation>Beckenheben</translation>
        </message>
        <message>
            <source>Lie on your back, knees bent, feet flat. Squeeze your glutes and hamstrings to lift your hips, then lower slowly.</source>
            <translation>Leg dich auf den Rücken, Knie gebeugt, Füße flach. Spann Gesäß und Oberschenkelrückseite an, heb die Hüfte und senk sie langsam ab.</translation>
        </message>
        <message>
            <source>Hamstring curls</source>
            <translation>Beinbeugen</translation>
        </message>
        <message>
            <source>With a band or a machine, bend the knee to draw your heel up, then let it back down slowly.</source>
            <translation>Mit Band oder Gerät das Knie beugen und die Ferse heranziehen, dann langsam zurücklassen.</translation>
        </message>
        <message>
            <source>Modified deadlifts</source>
            <translation>Leichtes Kreuzheben</translation>
        </message>
        <message>
            <source>Light weights or none. Knees soft, back long: hinge at the hips, then stand tall. Form first.</source>
            <translation>Leichte Gewichte oder keine. Knie locker, Rücken lang: aus der Hüfte vorbeugen, dann aufrichten. Saubere Ausführung zuerst.</translation>
        </message>
        <message>
            <source>Gentle stretching</source>
            <translation>Sanftes Dehnen</translation>
        </message>
        <message>
            <source>Three easy hamstring stretches for both legs, each held and repeated. Ease in; never bounce.</source>
            <translation>Drei leichte Dehnungen der Oberschenkelrückseite für beide Beine, jeweils gehalten und wiederholt. Langsam hinein, nie wippen.</translation>
        </message>
        <message>
            <source>A strap or a towel</source>
            <translation>Ein Gurt oder ein Handtuch</translation>
        </message>
        <message>
            <source>A low step or stair</source>
            <translation>Eine niedrige Stufe</translation>
        </message>
        <message>
            <source>Seated hamstring stretch</source>
            <translation>Dehnung im Sitzen</translation>
        </message>
        <message>
            <source>Sit tall, one leg straight, the other bent in. Reach slowly toward your toes and hold.</source>
            <translation>Setz dich aufrecht hin, ein Bein gestreckt, das andere angewinkelt. Streck dich langsam zu den Zehen und halte.</translation>
        </message>
        <message>
            <source>Lying stretch with a strap</source>
            <translation>Dehnung im Liegen mit Gurt</translation>
        </message>
        <message>
            <source>Lie on your back, strap or towel around one foot. Keep the leg straight and draw it up gently.</source>
            <translation>Leg dich auf den Rücken, Gurt oder Handtuch um einen Fuß. Halte das Bein gestreckt und zieh es sanft nach oben.</translation>
        </message>
        <message>
            <source>Standing hamstring stretch</source>
            <translation>Dehnung im Stehen</translation>
        </message>
        <message>
            <source>Rest one heel on a low step, leg straight. Lean forward from the hips, back long, until you feel a mild pull.</source>
            <translation>Leg eine Ferse auf eine niedrige Stufe, Bein gestreckt. Mit langem Rücken aus der Hüfte nach vorn neigen, bis du ein leichtes Ziehen spürst.</translation>
        </message>
        <message>
            <source>Ice (R.I.C.E.)</source>
            <translation>Eis (PECH-Regel)</translation>
        </message>
        <message>
            <source>Rest, ice, compression and elevation: a short check, then 15-20 minutes of ice. For the first 48 hours after a strain.</source>
            <translation>Pause, Eis, Compression, Hochlagern: eine kurze Prüfung, dann 15–20 Minuten Eis. Für die ersten 48 Stunden nach einer Zerrung.</translation>
        </message>
        <message>
            <source>Get set for ice</source>
            <translation>Bereit für das Eis</translation>
        </message>
        <message>
            <source>Check each point, then press Space or Enter.</source>
            <translation>Prüfe jeden Punkt, dann Leertaste oder Eingabetaste.</translation>
        </message>
        <message>
            <source>A thin cloth between the ice and your skin.</source>
            <translation>Ein dünnes Tuch zwischen Eis und Haut.</translation>
        </message>
        <message>
            <source>Compression: an elastic bandage or sleeve, snug but not tight.</source>
            <translation>Kompression: eine elastische Binde oder Bandage, fest, aber nicht eng.</translation>
        </message>
        <message>
            <source>The leg raised, above the level of your heart.</source>
            <translation>Das Bein hochgelegt, höher als das Herz.</translation>
        </message>
        <message>
            <source>Rest: lie back and keep the leg still.</source>
            <translation>Ruhe: Leg dich hin und halte das Bein still.</translation>
        </message>
        <message>
            <source>Ice on</source>
            <translation>Eis drauf</translation>
        </message>
        <message>
            <source>Keep the ice on the sore spot, over the cloth. Rest with the leg up until the timer ends.</source>
            <translation>Lass das Eis über dem Tuch auf der schmerzenden Stelle. Ruh dich mit hochgelegtem Bein aus, bis der Timer endet.</translation>
        </message>
        <message>
            <source>Strengthening</source>
            <translation>Kräftigen</translation>
        </message>
        <message>
            <source>Bridges, hamstring curls and modified deadlifts, in sets with a rest between. Slow and controlled.</source>
            <translation>Beckenheben, Beinbeugen und leichtes Kreuzheben, in Sätzen mit Pausen dazwischen. Langsam und kontrolliert.</translation>
        </message>
        <message>
            <source>Warm-up</source>
            <translation>Aufwärmen</translation>
        </message>
        <message>
            <source>Light cardio, then leg swings on each leg to get the hamstrings moving. Do it before strengthening or sport.</source>
            <translation>Leichtes Ausdauertraining, dann Beinschwingen mit jedem Bein, um die Oberschenkelrückseite in Gang zu bringen. Vor dem Kräftigen oder Sport.</translation>
        </message>
    </context>
    <context>
        <name>RoutinesPage</name>
        <message>
            <source>My routines</source>
            <translation>Meine Programme</translation>
        </message>
        <message>
            <source>Heading</source>
            <translation>Überschrift</translation>
        </message>
        <message>
            <source>Import a routine file, for example from your physiotherapist, or copy a routine and change its holds, repetitions and rests. The built-in routines always stay as they are.</source>
            <translation>Importiere eine Programmdatei, etwa von deiner Physiotherapie, oder kopiere ein Programm und ändere Haltezeiten, Wiederholungen und Pausen. Die mitgelieferten Programme bleiben immer, wie sie sind.</translation>
        </message>
        <message>
            <source>About your routines</source>
            <translation>Über deine Programme</translation>
        </message>
        <message>
            <source>Routine problem</source>
            <translation>Problem mit dem Programm</translation>
        </message>
        <message>
            <source>Says why a routine file could not be read, saved or deleted.</source>
            <translation>Sagt, warum sich eine Programmdatei nicht lesen, speichern oder löschen ließ.</translation>
        </message>
        <message>
            <source>What was done</source>
            <translation>Was erledigt wurde</translation>
        </message>
        <message>
            <source>Routines</source>
            <translation>Programme</translation>
        </message>
        <message>
            <source>The built-in routines and your own. Arrow keys choose one; Enter changes your own routine, or copies a built-in one to change.</source>
            <translation>Die mitgelieferten Programme und deine eigenen. Pfeiltasten wählen eines; die Eingabetaste ändert ein eigenes Programm oder kopiert ein mitgeliefertes zum Ändern.</translation>
        </message>
        <message>
            <source>&amp;Import a file…</source>
            <translation>Datei &amp;importieren…</translation>
        </message>
        <message>
            <source>Chooses a routine file to add to your routines. Alt+I.</source>
            <translation>Wählt eine Programmdatei, die zu deinen Programmen kommt. Alt+I.</translation>
        </message>
        <message>
            <source>&amp;Copy and change…</source>
            <translation>&amp;Kopieren und ändern…</translation>
        </message>
        <message>
            <source>Makes a copy of the chosen routine and opens it to change. Alt+C.</source>
            <translation>Kopiert das gewählte Programm und öffnet die Kopie zum Ändern. Alt+K.</translation>
        </message>
        <message>
            <source>C&amp;hange…</source>
            <translation>&amp;Ändern…</translation>
        </message>
        <message>
            <source>Opens the chosen routine of your own to change. Alt+H.</source>
            <translation>Öffnet dein gewähltes eigenes Programm zum Ändern. Alt+Ä.</translation>
        </message>
        <message>
            <source>E&amp;xport…</source>
            <translation>&amp;Exportieren…</translation>
        </message>
        <message>
            <source>Saves the chosen routine as a file to share. Alt+X.</source>
            <translation>Speichert das gewählte Programm als Datei zum Weitergeben. Alt+E.</translation>
        </message>
        <message>
            <source>&amp;Delete…</source>
            <translation>&amp;Löschen…</translation>
        </message>
        <message>
            <source>Deletes the chosen routine of your own, after asking. Alt+D.</source>
            <translation>Löscht dein gewähltes eigenes Programm, nach einer Rückfrage. Alt+L.</translation>
        </message>
        <message numerus="yes">
            <source>Built in, %n step(s)</source>
            <translation>
                <numerusform>Mitgeliefert, %n Schritt</numerusform>
                <numerusform>Mitgeliefert, %n Schritte</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Your own, %n step(s)</source>
            <translation>
                <numerusform>Eigenes, %n Schritt</numerusform>
                <numerusform>Eigenes, %n Schritte</numerusform>
            </translation>
        </message>
        <message>
            <source>Left out: {reasons}</source>
            <translation>Ausgelassen: {reasons}</translation>
        </message>
        <message>
            <source>Imported {title}. It is on the Today page now.</source>
            <translation>{title} importiert. Es steht jetzt auf der Seite Heute.</translation>
        </message>
        <message>
            <source>Replace {title}?</source>
            <translation>{title} ersetzen?</translation>
        </message>
        <message>
            <source>You already have a routine with the id {id}. Replace it with the one in {file}?</source>
            <translation>Du hast schon ein Programm mit der Kennung {id}. Durch das aus {file} ersetzen?</translation>
        </message>
        <message>
            <source>Replace</source>
            <translation>Ersetzen</translation>
        </message>
        <message>
            <source>Exported to {file}. Change it in any text editor, then import it.</source>
            <translation>Exportiert nach {file}. Ändere es in einem beliebigen Texteditor und importiere es dann.</translation>
        </message>
        <message>
            <source>My {title}</source>
            <translation>Mein {title}</translation>
        </message>
        <message>
            <source>Saved {title}.</source>
            <translation>{title} gespeichert.</translation>
        </message>
        <message>
            <source>Delete {title}?</source>
            <translation>{title} löschen?</translation>
        </message>
        <message>
            <source>Its file is deleted. The sessions you did with it stay in your history.</source>
            <translation>Die Datei wird gelöscht. Deine Einheiten damit bleiben im Verlauf.</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Löschen</translation>
        </message>
        <message>
            <source>Deleted {title}.</source>
            <translation>{title} gelöscht.</translation>
        </message>
    </context>
    <context>
        <name>SessionDetail</name>
        <message>
            <source>Session</source>
            <translation>Einheit</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Wann</translation>
        </message>
        <message>
            <source>How it went</source>
            <translation>Wie es lief</translation>
        </message>
        <message>
            <source>Saving problem</source>
            <translation>Speicherfehler</translation>
        </message>
        <message>
            <source>Pain before the session</source>
            <translation>Schmerz vor der Einheit</translation>
        </message>
        <message>
            <source>The pain before this session, 0 to 10, or not rated. Saved when chosen.</source>
            <translation>Der Schmerz vor dieser Einheit, 0 bis 10, oder nicht bewertet. Wird beim Wählen gespeichert.</translation>
        </message>
        <message>
            <source>Pain after the session</source>
            <translation>Schmerz nach der Einheit</translation>
        </message>
        <message>
            <source>The pain after this session, 0 to 10, or not rated. Saved when chosen.</source>
            <translation>Der Schmerz nach dieser Einheit, 0 bis 10, oder nicht bewertet. Wird beim Wählen gespeichert.</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Notiz</translation>
        </message>
        <message>
            <source>A note on this session. Tab moves on; Save note keeps it.</source>
            <translation>Eine Notiz zu dieser Einheit. Tab geht weiter; „Notiz speichern“ behält sie.</translation>
        </message>
        <message>
            <source>A note for yourself or your physiotherapist</source>
            <translation>Eine Notiz für dich oder deine Physiotherapie</translation>
        </message>
        <message>
            <source>Save note</source>
            <translation>Notiz speichern</translation>
        </message>
        <message>
            <source>Saves the note of this session.</source>
            <translation>Speichert die Notiz dieser Einheit.</translation>
        </message>
        <message>
            <source>Delete session</source>
            <translation>Einheit löschen</translation>
        </message>
        <message>
            <source>Delete this session</source>
            <translation>Diese Einheit löschen</translation>
        </message>
        <message>
            <source>Deletes the session; Undo or Ctrl+Z brings it back.</source>
            <translation>Löscht die Einheit; „Rückgängig“ oder Strg+Z holt sie zurück.</translation>
        </message>
        <message>
            <source>Exercises in the order they happened</source>
            <translation>Übungen in ihrer Reihenfolge</translation>
        </message>
        <message>
            <source>Each exercise with what was done; the right arrow key opens the moments within it.</source>
            <translation>Jede Übung mit dem Erledigten; die Pfeiltaste nach rechts öffnet ihre Abschnitte.</translation>
        </message>
        <message>
            <source>Pain before:</source>
            <translation>Schmerz vorher:</translation>
        </message>
        <message>
            <source>after:</source>
            <translation>nachher:</translation>
        </message>
        <message>
            <source>Choose a session to see it here.</source>
            <translation>Wähle eine Einheit, um sie hier zu sehen.</translation>
        </message>
        <message>
            <source>No session chosen</source>
            <translation>Keine Einheit gewählt</translation>
        </message>
        <message>
            <source>not rated</source>
            <translation>nicht bewertet</translation>
        </message>
        <message>
            <source>0 = no pain, 10 = worst</source>
            <translation>0 = kein Schmerz, 10 = am schlimmsten</translation>
        </message>
        <message>
            <source>{day}, {start} to {end}</source>
            <translation>{day}, {start} bis {end}</translation>
        </message>
        <message>
            <source>{day}, from {start}</source>
            <translation>{day}, ab {start}</translation>
        </message>
        <message>
            <source>{time} of exercise</source>
            <translation>{time} geübt</translation>
        </message>
        <message>
            <source>Not saved: {problem}</source>
            <translation>Nicht gespeichert: {problem}</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Erledigt</translation>
        </message>
        <message>
            <source>Cut short, then done again</source>
            <translation>Abgebrochen, dann wiederholt</translation>
        </message>
        <message>
            <source>Stopped for sharp pain</source>
            <translation>Wegen stechenden Schmerzes beendet</translation>
        </message>
        <message>
            <source>Session ended here</source>
            <translation>Einheit endete hier</translation>
        </message>
        <message>
            <source>Skipped</source>
            <translation>Übersprungen</translation>
        </message>
        <message>
            <source>Hold {n}</source>
            <translation>Halten {n}</translation>
        </message>
        <message>
            <source>Set {n}</source>
            <translation>Satz {n}</translation>
        </message>
        <message>
            <source>{what}, {side}</source>
            <translation>{what}, {side}</translation>
        </message>
        <message>
            <source>get ready ×{n}</source>
            <translation>bereitmachen ×{n}</translation>
        </message>
        <message>
            <source>rest ×{n}</source>
            <translation>Pause ×{n}</translation>
        </message>
        <message>
            <source>switch sides ×{n}</source>
            <translation>Seite wechseln ×{n}</translation>
        </message>
        <message>
            <source>Between: {what}</source>
            <translation>Dazwischen: {what}</translation>
        </message>
        <message>
            <source>Cut short</source>
            <translation>Abgebrochen</translation>
        </message>
    </context>
    <context>
        <name>SessionDetailModel</name>
        <message>
            <source>Exercise</source>
            <translation>Übung</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>Geplant</translation>
        </message>
        <message>
            <source>Actual</source>
            <translation>Tatsächlich</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Ergebnis</translation>
        </message>
    </context>
    <context>
        <name>SessionListModel</name>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Routine</source>
            <translation>Programm</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Geschafft</translation>
        </message>
        <message>
            <source>How it ended</source>
            <translation>Wie sie endete</translation>
        </message>
        <message>
            <source>Pain</source>
            <translation>Schmerz</translation>
        </message>
        <message>
            <source>Holds, sets or steps done, of those planned</source>
            <translation>Gehaltene Dehnungen, Sätze oder Schritte, von den geplanten</translation>
        </message>
        <message>
            <source>Pain before → after the session, 0 (none) to 10 (worst)</source>
            <translation>Schmerz vor → nach der Einheit, 0 (keiner) bis 10 (am schlimmsten)</translation>
        </message>
        <message>
            <source>{parts}.</source>
            <translation>{parts}.</translation>
        </message>
    </context>
    <context>
        <name>SessionPage</name>
        <message>
            <source>Exercise</source>
            <translation>Übung</translation>
        </message>
        <message>
            <source>Session progress</source>
            <translation>Fortschritt der Einheit</translation>
        </message>
        <message>
            <source>Side</source>
            <translation>Seite</translation>
        </message>
        <message>
            <source>Repetition</source>
            <translation>Wiederholung</translation>
        </message>
        <message>
            <source>Instruction</source>
            <translation>Anleitung</translation>
        </message>
        <message>
            <source>Safety note</source>
            <translation>Sicherheitshinweis</translation>
        </message>
        <message>
            <source>Next step</source>
            <translation>Nächster Schritt</translation>
        </message>
        <message>
            <source>Checklist</source>
            <translation>Checkliste</translation>
        </message>
        <message>
            <source>◀ Back</source>
            <translation>◀ Zurück</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Zurück</translation>
        </message>
        <message>
            <source>Starts this step again, or goes to the one before. Left arrow key.</source>
            <translation>Beginnt diesen Schritt neu oder geht zum vorigen. Pfeil nach links.</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>Pausieren</translation>
        </message>
        <message>
            <source>Pause or resume</source>
            <translation>Pausieren oder fortsetzen</translation>
        </message>
        <message>
            <source>Pauses the countdown, or lets it go on. Space.</source>
            <translation>Pausiert den Countdown oder lässt ihn weiterlaufen. Leertaste.</translation>
        </message>
        <message>
            <source>Done ✓</source>
            <translation>Fertig ✓</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Fertig</translation>
        </message>
        <message>
            <source>Counts this step as done and goes on. Enter.</source>
            <translation>Zählt diesen Schritt als erledigt und geht weiter. Eingabetaste.</translation>
        </message>
        <message>
            <source>Skip ▶</source>
            <translation>Weiter ▶</translation>
        </message>
        <message>
            <source>Skip</source>
            <translation>Überspringen</translation>
        </message>
        <message>
            <source>Leaves this step undone and goes to the next. Right arrow key.</source>
            <translation>Lässt diesen Schritt aus und geht zum nächsten. Pfeil nach rechts.</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>Stopp</translation>
        </message>
        <message>
            <source>Stop session</source>
            <translation>Einheit beenden</translation>
        </message>
        <message>
            <source>Pauses and asks whether to end the session. Esc.</source>
            <translation>Pausiert und fragt, ob die Einheit enden soll. Esc.</translation>
        </message>
        <message>
            <source>Sharp pain</source>
            <translation>Stechender Schmerz</translation>
        </message>
        <message>
            <source>Sharp pain: stop now</source>
            <translation>Stechender Schmerz: jetzt aufhören</translation>
        </message>
        <message>
            <source>Ends the session at once and says what to do for the leg. P.</source>
            <translation>Beendet die Einheit sofort und sagt, was dem Bein jetzt guttut. P.</translation>
        </message>
        <message>
            <source>Full screen (F11)</source>
            <translation>Vollbild (F11)</translation>
        </message>
        <message>
            <source>Full screen</source>
            <translation>Vollbild</translation>
        </message>
        <message>
            <source>Fills the screen with the session, or goes back to a window. F11.</source>
            <translation>Zeigt die Einheit bildschirmfüllend oder wieder im Fenster. F11.</translation>
        </message>
        <message>
            <source>Stop question</source>
            <translation>Frage zum Beenden</translation>
        </message>
        <message>
            <source>Stop this session? What you did so far is kept.</source>
            <translation>Diese Einheit beenden? Was du bisher gemacht hast, bleibt gespeichert.</translation>
        </message>
        <message>
            <source>Stop (Enter)</source>
            <translation>Beenden (Eingabe)</translation>
        </message>
        <message>
            <source>Ends the session; what was done so far is kept. Enter.</source>
            <translation>Beendet die Einheit; was bisher getan wurde, bleibt. Eingabetaste.</translation>
        </message>
        <message>
            <source>Go on (Esc)</source>
            <translation>Weiter (Esc)</translation>
        </message>
        <message>
            <source>Go on</source>
            <translation>Weitermachen</translation>
        </message>
        <message>
            <source>Confirm stop</source>
            <translation>Beenden bestätigen</translation>
        </message>
        <message>
            <source>Goes on with the session. Esc or Space.</source>
            <translation>Macht mit der Einheit weiter. Esc oder Leertaste.</translation>
        </message>
        <message>
            <source>Leave full screen (F11)</source>
            <translation>Vollbild verlassen (F11)</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>Fortsetzen</translation>
        </message>
        <message>
            <source>Exercise {n} of {total} · under a minute left</source>
            <translation>Übung {n} von {total} · unter einer Minute übrig</translation>
        </message>
        <message>
            <source>Exercise {n} of {total} · about {minutes} min left</source>
            <translation>Übung {n} von {total} · noch etwa {minutes} Min.</translation>
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <source>Settings</source>
            <translation>Einstellungen</translation>
        </message>
        <message>
            <source>Heading</source>
            <translation>Überschrift</translation>
        </message>
        <message>
            <source>Changes are saved at once.</source>
            <translation>Änderungen werden sofort gespeichert.</translation>
        </message>
        <message>
            <source>How settings are saved</source>
            <translation>Wie Einstellungen gespeichert werden</translation>
        </message>
        <message>
            <source>Settings problem</source>
            <translation>Problem mit den Einstellungen</translation>
        </message>
        <message>
            <source>Says when a change could not be saved to the settings.</source>
            <translation>Sagt, wenn sich eine Änderung nicht in den Einstellungen speichern ließ.</translation>
        </message>
        <message>
            <source>Try saving again</source>
            <translation>Erneut speichern</translation>
        </message>
        <message>
            <source>Try saving the settings again</source>
            <translation>Einstellungen erneut speichern</translation>
        </message>
        <message>
            <source>Saves the settings shown here once more.</source>
            <translation>Speichert die hier gezeigten Einstellungen noch einmal.</translation>
        </message>
        <message>
            <source>Hold length</source>
            <translation>Haltedauer</translation>
        </message>
        <message>
            <source> s</source>
            <translation> s</translation>
        </message>
        <message>
            <source>How long each stretch is held, from {low} to {high} seconds.</source>
            <translation>Wie lange jede Dehnung gehalten wird, von {low} bis {high} Sekunden.</translation>
        </message>
        <message>
            <source>Repetitions on each leg</source>
            <translation>Wiederholungen je Bein</translation>
        </message>
        <message>
            <source>How many times each stretch is done on each leg, from {low} to {high}.</source>
            <translation>Wie oft jede Dehnung je Bein gemacht wird, von {low} bis {high}.</translation>
        </message>
        <message>
            <source>Rest between holds</source>
            <translation>Pause zwischen dem Halten</translation>
        </message>
        <message>
            <source>The rest between two holds, from {low} to {high} seconds.</source>
            <translation>Die Pause zwischen zwei Dehnungen, von {low} bis {high} Sekunden.</translation>
        </message>
        <message>
            <source>Stretches</source>
            <translation>Dehnungen</translation>
        </message>
        <message>
            <source>&amp;Hold each stretch for</source>
            <translation>Jede Dehnung &amp;halten für</translation>
        </message>
        <message>
            <source>&amp;Repetitions on each leg</source>
            <translation>&amp;Wiederholungen je Bein</translation>
        </message>
        <message>
            <source>R&amp;est between holds</source>
            <translation>&amp;Pause zwischen dem Halten</translation>
        </message>
        <message>
            <source>For the built-in routines, within each exercise's safe range. Your own routines keep the numbers written in them.</source>
            <translation>Für die mitgelieferten Programme, im sicheren Bereich jeder Übung. Eigene Programme behalten ihre Werte.</translation>
        </message>
        <message>
            <source>Which leg is sore</source>
            <translation>Welches Bein schmerzt</translation>
        </message>
        <message>
            <source>The sore leg: the left, the right or both.</source>
            <translation>Das schmerzende Bein: das linke, das rechte oder beide.</translation>
        </message>
        <message>
            <source>Left leg</source>
            <translation>Linkes Bein</translation>
        </message>
        <message>
            <source>Right leg</source>
            <translation>Rechtes Bein</translation>
        </message>
        <message>
            <source>Both legs</source>
            <translation>Beide Beine</translation>
        </message>
        <message>
            <source>Stretch the &amp;sore leg only</source>
            <translation>Nur das &amp;schmerzende Bein dehnen</translation>
        </message>
        <message>
            <source>When checked, stretches are held on the sore leg only.</source>
            <translation>Wenn angehakt, wird nur das schmerzende Bein gedehnt.</translation>
        </message>
        <message>
            <source>Sore leg</source>
            <translation>Schmerzendes Bein</translation>
        </message>
        <message>
            <source>&amp;Which leg is sore</source>
            <translation>W&amp;elches Bein schmerzt</translation>
        </message>
        <message>
            <source>Strengthening always works both legs.</source>
            <translation>Kräftigen trainiert immer beide Beine.</translation>
        </message>
        <message>
            <source>Speak the steps &amp;aloud</source>
            <translation>Schritte &amp;ansagen</translation>
        </message>
        <message>
            <source>When checked, a voice says each step, the sides and the last seconds.</source>
            <translation>Wenn angehakt, sagt eine Stimme jeden Schritt, die Seiten und die letzten Sekunden an.</translation>
        </message>
        <message>
            <source>Voice volume</source>
            <translation>Lautstärke der Stimme</translation>
        </message>
        <message>
            <source>How loud the voice speaks, from 0 to 100 percent. Arrow keys change it.</source>
            <translation>Wie laut die Stimme spricht, von 0 bis 100 Prozent. Pfeiltasten ändern den Wert.</translation>
        </message>
        <message>
            <source>&amp;Play sounds</source>
            <translation>&amp;Töne abspielen</translation>
        </message>
        <message>
            <source>When checked, short sounds mark each start, switch and end.</source>
            <translation>Wenn angehakt, markieren kurze Töne jeden Beginn, Wechsel und jedes Ende.</translation>
        </message>
        <message>
            <source>Sound volume</source>
            <translation>Lautstärke der Töne</translation>
        </message>
        <message>
            <source>How loud the sounds play, from 0 to 100 percent. Arrow keys change it.</source>
            <translation>Wie laut die Töne spielen, von 0 bis 100 Prozent. Pfeiltasten ändern den Wert.</translation>
        </message>
        <message>
            <source>Voice and sounds</source>
            <translation>Stimme und Töne</translation>
        </message>
        <message>
            <source>&amp;Voice volume</source>
            <translation>Sti&amp;mmlautstärke</translation>
        </message>
        <message>
            <source>S&amp;ound volume</source>
            <translation>T&amp;onlautstärke</translation>
        </message>
        <message>
            <source>Start sessions in &amp;full screen</source>
            <translation>Einheiten im &amp;Vollbild beginnen</translation>
        </message>
        <message>
            <source>When checked, a session fills the screen, to read it from the floor.</source>
            <translation>Wenn angehakt, füllt eine Einheit den Bildschirm, damit du sie vom Boden aus lesen kannst.</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>Darstellung</translation>
        </message>
        <message>
            <source>Light or dark colours, or the same as the system.</source>
            <translation>Helle oder dunkle Farben, oder wie das System.</translation>
        </message>
        <message>
            <source>As the system</source>
            <translation>Wie das System</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>Hell</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>Dunkel</translation>
        </message>
        <message>
            <source>Window</source>
            <translation>Fenster</translation>
        </message>
        <message>
            <source>&amp;Theme</source>
            <translation>&amp;Darstellung</translation>
        </message>
        <message>
            <source>Ice application length</source>
            <translation>Dauer einer Eisanwendung</translation>
        </message>
        <message>
            <source>How long the ice stays on, from {low} to {high} minutes.</source>
            <translation>Wie lange das Eis draufbleibt, von {low} bis {high} Minuten.</translation>
        </message>
        <message>
            <source> min</source>
            <translation> Min.</translation>
        </message>
        <message>
            <source> h</source>
            <translation> Std.</translation>
        </message>
        <message>
            <source>Time between ice applications</source>
            <translation>Zeit zwischen den Eisanwendungen</translation>
        </message>
        <message>
            <source>Hours from one ice application to the next, from {low} to {high}.</source>
            <translation>Stunden von einer Eisanwendung bis zur nächsten, von {low} bis {high}.</translation>
        </message>
        <message>
            <source>Ice</source>
            <translation>Eis</translation>
        </message>
        <message>
            <source>&amp;Ice for</source>
            <translation>E&amp;is für</translation>
        </message>
        <message>
            <source>Time &amp;between applications</source>
            <translation>Zeit &amp;zwischen den Anwendungen</translation>
        </message>
        <message>
            <source>Back to the usual settings</source>
            <translation>Zurück zu den üblichen Einstellungen</translation>
        </message>
        <message>
            <source>Sets every setting on this page back to how it first was.</source>
            <translation>Setzt jede Einstellung dieser Seite auf den Anfangswert zurück.</translation>
        </message>
        <message>
            <source>Every setting; changes are saved at once.</source>
            <translation>Alle Einstellungen; Änderungen werden sofort gespeichert.</translation>
        </message>
        <message>
            <source>Note on {group}</source>
            <translation>Hinweis zu {group}</translation>
        </message>
        <message>
            <source>{n} %</source>
            <translation>{n} %</translation>
        </message>
    </context>
    <context>
        <name>SettingsStore</name>
        <message>
            <source>{problem}; the usual settings are used for now.</source>
            <translation>{problem}; vorerst gelten die üblichen Einstellungen.</translation>
        </message>
        <message>
            <source>{problem}; your settings are used all the same and saved as soon as the file takes them.</source>
            <translation>{problem}; deine Einstellungen gelten trotzdem und werden gespeichert, sobald die Datei sie annimmt.</translation>
        </message>
    </context>
    <context>
        <name>StepPictures</name>
        <message>
            <source>Exercises</source>
            <translation>Übungen</translation>
        </message>
    </context>
    <context>
        <name>SummaryPage</name>
        <message>
            <source>Outcome</source>
            <translation>Ergebnis</translation>
        </message>
        <message>
            <source>What was done</source>
            <translation>Was erledigt wurde</translation>
        </message>
        <message>
            <source>What to do next</source>
            <translation>Wie es weitergeht</translation>
        </message>
        <message>
            <source>How does the hamstring feel now? 0 = no pain, 10 = worst.
Press a number key: 0-9, or 1 then 0 for 10.</source>
            <translation>Wie fühlt sich die Oberschenkelrückseite jetzt an? 0 = kein Schmerz, 10 = am schlimmsten.
Drück eine Zahl: 0–9, oder 1 und dann 0 für 10.</translation>
        </message>
        <message>
            <source>Pain question</source>
            <translation>Frage zum Schmerz</translation>
        </message>
        <message>
            <source>Rating saved</source>
            <translation>Wert gespeichert</translation>
        </message>
        <message>
            <source>Back to start</source>
            <translation>Zurück zum Anfang</translation>
        </message>
        <message>
            <source>Goes back to the Today page.</source>
            <translation>Geht zurück zur Seite Heute.</translation>
        </message>
        <message>
            <source>See history</source>
            <translation>Verlauf ansehen</translation>
        </message>
        <message>
            <source>Shows this session among the past ones.</source>
            <translation>Zeigt diese Einheit bei den bisherigen.</translation>
        </message>
        <message>
            <source>Ice it now</source>
            <translation>Jetzt kühlen</translation>
        </message>
        <message>
            <source>Start the ice timer</source>
            <translation>Den Eis-Timer starten</translation>
        </message>
        <message>
            <source>Starts an ice application for the leg now.</source>
            <translation>Startet jetzt eine Eisanwendung für das Bein.</translation>
        </message>
        <message>
            <source>Session complete. Well done!</source>
            <translation>Einheit geschafft. Gut gemacht!</translation>
        </message>
        <message>
            <source>Session over. Most of it was skipped.</source>
            <translation>Einheit vorbei. Das meiste wurde übersprungen.</translation>
        </message>
        <message>
            <source>Session stopped</source>
            <translation>Einheit beendet</translation>
        </message>
        <message>
            <source>Stopped for sharp pain</source>
            <translation>Wegen stechenden Schmerzes beendet</translation>
        </message>
        <message>
            <source>{time} of activity</source>
            <translation>{time} aktiv</translation>
        </message>
        <message>
            <source>Stop here and rest the leg; do not stretch through sharp pain. If the injury is new (first 48 hours), ice it for 15-20 minutes, with a cloth between ice and skin. If the pain persists, see a physical therapist or a doctor.</source>
            <translation>Hör hier auf und schone das Bein; dehne nicht gegen stechenden Schmerz an. Ist die Verletzung neu (erste 48 Stunden), kühle sie 15–20 Minuten, mit einem Tuch zwischen Eis und Haut. Hält der Schmerz an, geh zur Physiotherapie oder zu einer Ärztin oder einem Arzt.</translation>
        </message>
        <message numerus="yes">
            <source>{done} of %n hold(s) done</source>
            <translation>
                <numerusform>{done} von %n Dehnung gehalten</numerusform>
                <numerusform>{done} von %n Dehnungen gehalten</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{done} of %n set(s) done</source>
            <translation>
                <numerusform>{done} von %n Satz geschafft</numerusform>
                <numerusform>{done} von %n Sätzen geschafft</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{done} of %n timed step(s) done</source>
            <translation>
                <numerusform>{done} von %n Schritt auf Zeit geschafft</numerusform>
                <numerusform>{done} von %n Schritten auf Zeit geschafft</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{done} of %n checklist(s) done</source>
            <translation>
                <numerusform>{done} von %n Checkliste erledigt</numerusform>
                <numerusform>{done} von %n Checklisten erledigt</numerusform>
            </translation>
        </message>
        <message>
            <source>{n} skipped</source>
            <translation>{n} übersprungen</translation>
        </message>
        <message>
            <source>{n} not reached</source>
            <translation>{n} nicht erreicht</translation>
        </message>
        <message>
            <source>Pain {n}/10 noted.</source>
            <translation>Schmerz {n}/10 notiert.</translation>
        </message>
        <message>
            <source>Pain {n}/10 will be saved as soon as the history file can take it.</source>
            <translation>Schmerz {n}/10 wird gespeichert, sobald die Verlaufsdatei es annimmt.</translation>
        </message>
    </context>
    <context>
        <name>TargetBars</name>
        <message>
            <source>Nothing to show yet.</source>
            <translation>Noch nichts zu zeigen.</translation>
        </message>
        <message>
            <source>Nothing to show for this period.</source>
            <translation>Für diesen Zeitraum gibt es nichts zu zeigen.</translation>
        </message>
    </context>
    <context>
        <name>TempoGauge</name>
        <message>
            <source>UP</source>
            <translation>HOCH</translation>
        </message>
        <message>
            <source>DOWN</source>
            <translation>RUNTER</translation>
        </message>
        <message>
            <source>Tempo</source>
            <translation>Tempo</translation>
        </message>
    </context>
    <context>
        <name>Texts</name>
        <message>
            <source>GET READY</source>
            <translation>BEREITMACHEN</translation>
        </message>
        <message>
            <source>HOLD</source>
            <translation>HALTEN</translation>
        </message>
        <message>
            <source>REST</source>
            <translation>PAUSE</translation>
        </message>
        <message>
            <source>SWITCH SIDES</source>
            <translation>SEITE WECHSELN</translation>
        </message>
        <message>
            <source>SET</source>
            <translation>SATZ</translation>
        </message>
        <message>
            <source>GO</source>
            <translation>LOS</translation>
        </message>
        <message>
            <source>CHECK</source>
            <translation>PRÜFEN</translation>
        </message>
        <message>
            <source>Get ready</source>
            <translation>Bereitmachen</translation>
        </message>
        <message>
            <source>Hold</source>
            <translation>Halten</translation>
        </message>
        <message>
            <source>Rest</source>
            <translation>Pause</translation>
        </message>
        <message>
            <source>Switch sides</source>
            <translation>Seite wechseln</translation>
        </message>
        <message>
            <source>Set</source>
            <translation>Satz</translation>
        </message>
        <message>
            <source>Timed</source>
            <translation>Auf Zeit</translation>
        </message>
        <message>
            <source>Checklist</source>
            <translation>Checkliste</translation>
        </message>
        <message>
            <source>LEFT LEG</source>
            <translation>LINKES BEIN</translation>
        </message>
        <message>
            <source>RIGHT LEG</source>
            <translation>RECHTES BEIN</translation>
        </message>
        <message>
            <source>left leg</source>
            <translation>linkes Bein</translation>
        </message>
        <message>
            <source>right leg</source>
            <translation>rechtes Bein</translation>
        </message>
        <message>
            <source>Left leg</source>
            <translation>Linkes Bein</translation>
        </message>
        <message>
            <source>Right leg</source>
            <translation>Rechtes Bein</translation>
        </message>
        <message>
            <source>Rep {n} of {total}</source>
            <translation>Wiederholung {n} von {total}</translation>
        </message>
        <message>
            <source>Rep {rep} of {reps} · Set {set} of {sets}</source>
            <translation>Wdh. {rep} von {reps} · Satz {set} von {sets}</translation>
        </message>
        <message>
            <source>Set {n} of {total}</source>
            <translation>Satz {n} von {total}</translation>
        </message>
        <message>
            <source>You need: {things}</source>
            <translation>Du brauchst: {things}</translation>
        </message>
        <message>
            <source>Slow and controlled. Sharp pain: press P to stop.</source>
            <translation>Langsam und kontrolliert. Stechender Schmerz: P drücken zum Aufhören.</translation>
        </message>
        <message>
            <source>No bouncing: ease in and hold still. Sharp pain: press P to stop.</source>
            <translation>Nicht wippen: langsam hinein und ruhig halten. Stechender Schmerz: P drücken zum Aufhören.</translation>
        </message>
        <message>
            <source>Sharp pain: press P to stop.</source>
            <translation>Stechender Schmerz: P drücken zum Aufhören.</translation>
        </message>
        <message>
            <source>set {n} of {total}</source>
            <translation>Satz {n} von {total}</translation>
        </message>
        <message>
            <source>rep {n} of {total}</source>
            <translation>Wiederholung {n} von {total}</translation>
        </message>
        <message>
            <source>Get into position.</source>
            <translation>Geh in die Ausgangsstellung.</translation>
        </message>
        <message>
            <source>Relax and breathe. The next part starts by itself.</source>
            <translation>Entspann dich und atme. Der nächste Teil beginnt von selbst.</translation>
        </message>
        <message>
            <source>Change to the other leg.</source>
            <translation>Wechsle zum anderen Bein.</translation>
        </message>
        <message>
            <source>{s} s</source>
            <translation>{s} s</translation>
        </message>
        <message>
            <source>{m} min</source>
            <translation>{m} Min.</translation>
        </message>
        <message>
            <source>{clock} min</source>
            <translation>{clock} Min.</translation>
        </message>
        <message>
            <source>get ready for {title}</source>
            <translation>bereitmachen für {title}</translation>
        </message>
        <message>
            <source>get ready</source>
            <translation>bereitmachen</translation>
        </message>
        <message>
            <source>rest</source>
            <translation>Pause</translation>
        </message>
        <message>
            <source>switch sides</source>
            <translation>Seite wechseln</translation>
        </message>
        <message>
            <source>hold</source>
            <translation>halten</translation>
        </message>
        <message>
            <source>Next: the end of the session.</source>
            <translation>Als Nächstes: das Ende der Einheit.</translation>
        </message>
        <message>
            <source>Next: {what}</source>
            <translation>Als Nächstes: {what}</translation>
        </message>
        <message>
            <source>Next: {what}, {details}</source>
            <translation>Als Nächstes: {what}, {details}</translation>
        </message>
        <message numerus="yes">
            <source>{done} of %n hold(s)</source>
            <translation>
                <numerusform>{done} von %n Dehnung</numerusform>
                <numerusform>{done} von %n Dehnungen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{done} of %n set(s)</source>
            <translation>
                <numerusform>{done} von %n Satz</numerusform>
                <numerusform>{done} von %n Sätzen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{done} of %n timed step(s)</source>
            <translation>
                <numerusform>{done} von %n Schritt auf Zeit</numerusform>
                <numerusform>{done} von %n Schritten auf Zeit</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{done} of %n checklist(s)</source>
            <translation>
                <numerusform>{done} von %n Checkliste</numerusform>
                <numerusform>{done} von %n Checklisten</numerusform>
            </translation>
        </message>
        <message>
            <source>{n} skipped</source>
            <translation>{n} übersprungen</translation>
        </message>
        <message>
            <source>Could not save to {file}: the disk is full.</source>
            <translation>Konnte nicht in {file} speichern: Der Datenträger ist voll.</translation>
        </message>
        <message>
            <source>Could not save to {file}: another program has it locked.</source>
            <translation>Konnte nicht in {file} speichern: Ein anderes Programm sperrt die Datei.</translation>
        </message>
        <message>
            <source>Could not save to {file}: it is read-only.</source>
            <translation>Konnte nicht in {file} speichern: Die Datei ist schreibgeschützt.</translation>
        </message>
        <message>
            <source>Could not save to {file}: its folder is read-only.</source>
            <translation>Konnte nicht in {file} speichern: Der Ordner ist schreibgeschützt.</translation>
        </message>
        <message>
            <source>Could not save to {file}: the file is damaged.</source>
            <translation>Konnte nicht in {file} speichern: Die Datei ist beschädigt.</translation>
        </message>
        <message>
            <source>Could not save to {file}: the disk reported an error.</source>
            <translation>Konnte nicht in {file} speichern: Der Datenträger meldet einen Fehler.</translation>
        </message>
        <message>
            <source>Could not save to {file}: it cannot be opened.</source>
            <translation>Konnte nicht in {file} speichern: Die Datei lässt sich nicht öffnen.</translation>
        </message>
        <message>
            <source>Could not save to {file}: permission denied.</source>
            <translation>Konnte nicht in {file} speichern: Zugriff verweigert.</translation>
        </message>
        <message>
            <source>Could not read {file}: the disk is full.</source>
            <translation>Konnte {file} nicht lesen: Der Datenträger ist voll.</translation>
        </message>
        <message>
            <source>Could not read {file}: another program has it locked.</source>
            <translation>Konnte {file} nicht lesen: Ein anderes Programm sperrt die Datei.</translation>
        </message>
        <message>
            <source>Could not read {file}: it is read-only.</source>
            <translation>Konnte {file} nicht lesen: Die Datei ist schreibgeschützt.</translation>
        </message>
        <message>
            <source>Could not read {file}: its folder is read-only.</source>
            <translation>Konnte {file} nicht lesen: Der Ordner ist schreibgeschützt.</translation>
        </message>
        <message>
            <source>Could not read {file}: the file is damaged.</source>
            <translation>Konnte {file} nicht lesen: Die Datei ist beschädigt.</translation>
        </message>
        <message>
            <source>Could not read {file}: the disk reported an error.</source>
            <translation>Konnte {file} nicht lesen: Der Datenträger meldet einen Fehler.</translation>
        </message>
        <message>
            <source>Could not read {file}: it cannot be opened.</source>
            <translation>Konnte {file} nicht lesen: Die Datei lässt sich nicht öffnen.</translation>
        </message>
        <message>
            <source>Could not read {file}: permission denied.</source>
            <translation>Konnte {file} nicht lesen: Zugriff verweigert.</translation>
        </message>
    </context>
    <context>
        <name>TodayPage</name>
        <message>
            <source>Phase</source>
            <translation>Heilungsphase</translation>
        </message>
        <message>
            <source>What to do now</source>
            <translation>Was jetzt dran ist</translation>
        </message>
        <message>
            <source>See a professional</source>
            <translation>Fachlichen Rat holen</translation>
        </message>
        <message>
            <source>Next ice</source>
            <translation>Nächstes Eis</translation>
        </message>
        <message>
            <source>Heat</source>
            <translation>Wärme</translation>
        </message>
        <message>
            <source>Today's plan</source>
            <translation>Plan für heute</translation>
        </message>
        <message>
            <source>Hamstring Coach guides self-care for a sore or strained hamstring. It is not a diagnosis. Stop if you feel sharp pain; if soreness lasts beyond two weeks or gets worse, see a physical therapist.</source>
            <translation>Hamstring Coach begleitet die Selbsthilfe bei schmerzender oder gezerrter Oberschenkelrückseite. Es ist keine Diagnose. Hör bei stechendem Schmerz auf; dauern die Beschwerden länger als zwei Wochen oder werden sie schlimmer, geh zur Physiotherapie.</translation>
        </message>
        <message>
            <source>About this guidance</source>
            <translation>Über diese Anleitung</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Heute</translation>
        </message>
        <message>
            <source>The phase, today's plan, the injury and the routines to start.</source>
            <translation>Die Heilungsphase, der Plan für heute, die Verletzung und die Programme zum Starten.</translation>
        </message>
        <message>
            <source>{summary} About {minutes} min. Enter starts it.</source>
            <translation>{summary} Etwa {minutes} Min. Die Eingabetaste startet es.</translation>
        </message>
        <message>
            <source>Routine</source>
            <translation>Programm</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Beschreibung</translation>
        </message>
        <message>
            <source>{summary} About {minutes} min.</source>
            <translation>{summary} Etwa {minutes} Min.</translation>
        </message>
        <message>
            <source>What you need</source>
            <translation>Was du brauchst</translation>
        </message>
        <message>
            <source>Routine note</source>
            <translation>Hinweis zum Programm</translation>
        </message>
        <message>
            <source>Pictures of the steps</source>
            <translation>Bilder der Schritte</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Starten</translation>
        </message>
        <message>
            <source>Start {title}</source>
            <translation>{title} starten</translation>
        </message>
        <message>
            <source>Starts the session and counts it down step by step.</source>
            <translation>Startet die Einheit und zählt sie Schritt für Schritt herunter.</translation>
        </message>
        <message>
            <source> min</source>
            <translation> Min.</translation>
        </message>
        <message>
            <source>Minutes of ice</source>
            <translation>Minuten Eis</translation>
        </message>
        <message>
            <source>How long the ice stays on: {low} to {high} minutes.</source>
            <translation>Wie lange das Eis draufbleibt: {low} bis {high} Minuten.</translation>
        </message>
        <message>
            <source>Opens the care note that fits this phase of the recovery.</source>
            <translation>Öffnet den Hinweis, der zu dieser Heilungsphase passt.</translation>
        </message>
        <message>
            <source>Plan</source>
            <translation>Plan</translation>
        </message>
        <message>
            <source>Progress of {title}</source>
            <translation>Fortschritt bei {title}</translation>
        </message>
        <message>
            <source>Can wait until {when}; asks first.</source>
            <translation>Hat Zeit bis {when}; fragt vorher nach.</translation>
        </message>
        <message>
            <source>In today's plan.</source>
            <translation>Im Plan für heute.</translation>
        </message>
        <message>
            <source>Replace the current injury?</source>
            <translation>Die aktuelle Verletzung ersetzen?</translation>
        </message>
        <message>
            <source>Replace the current injury ({leg}, since {when})? It stays in your records, and the plan follows the new one from now on.</source>
            <translation>Die aktuelle Verletzung ({leg}, seit {when}) ersetzen? Sie bleibt in deinen Aufzeichnungen, und der Plan folgt ab jetzt der neuen.</translation>
        </message>
        <message>
            <source>Replace</source>
            <translation>Ersetzen</translation>
        </message>
        <message>
            <source>That time is more than {years} years ago: give a later time.</source>
            <translation>Dieser Zeitpunkt liegt mehr als {years} Jahre zurück: Gib einen späteren an.</translation>
        </message>
        <message>
            <source>The note holds a control character: remove it, then save again.</source>
            <translation>Die Notiz enthält ein Steuerzeichen: Entferne es und speichere erneut.</translation>
        </message>
        <message>
            <source>The note is too long: keep it to {count} characters.</source>
            <translation>Die Notiz ist zu lang: Höchstens {count} Zeichen.</translation>
        </message>
        <message>
            <source>That time is in the future: give the time it happened.</source>
            <translation>Dieser Zeitpunkt liegt in der Zukunft: Gib an, wann es passiert ist.</translation>
        </message>
        <message>
            <source>Injury saved. The plan now follows the days since.</source>
            <translation>Verletzung gespeichert. Der Plan richtet sich jetzt nach den Tagen seitdem.</translation>
        </message>
        <message>
            <source>Marked recovered. Well done.</source>
            <translation>Als verheilt markiert. Gut gemacht.</translation>
        </message>
    </context>
    <context>
        <name>Tray</name>
        <message>
            <source>Hamstring Coach</source>
            <translation>Hamstring Coach</translation>
        </message>
        <message>
            <source>The timer, the window, and quitting.</source>
            <translation>Der Timer, das Fenster und Beenden.</translation>
        </message>
        <message>
            <source>What is counting, and how long is left.</source>
            <translation>Was gerade läuft und wie lange noch.</translation>
        </message>
        <message>
            <source>Open Hamstring Coach</source>
            <translation>Hamstring Coach öffnen</translation>
        </message>
        <message>
            <source>Shows the window again.</source>
            <translation>Zeigt das Fenster wieder.</translation>
        </message>
        <message>
            <source>Start ice timer</source>
            <translation>Eis-Timer starten</translation>
        </message>
        <message>
            <source>Starts an ice application of the chosen length.</source>
            <translation>Startet eine Eisanwendung in der gewählten Länge.</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>Pausieren</translation>
        </message>
        <message>
            <source>Pauses the timer under way, or lets it go on.</source>
            <translation>Pausiert den laufenden Timer oder lässt ihn weiterlaufen.</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Beenden</translation>
        </message>
        <message>
            <source>Ends a session under way, keeping it, and quits.</source>
            <translation>Beendet eine laufende Einheit, behält sie und schließt das Programm.</translation>
        </message>
        <message>
            <source>Take the ice off now</source>
            <translation>Jetzt das Eis abnehmen</translation>
        </message>
        <message>
            <source>No timer running</source>
            <translation>Kein Timer läuft</translation>
        </message>
        <message>
            <source>{title}: waiting for you</source>
            <translation>{title}: wartet auf dich</translation>
        </message>
        <message>
            <source>{title}: paused, {left} left</source>
            <translation>{title}: pausiert, noch {left}</translation>
        </message>
        <message>
            <source>{title}: {left} left</source>
            <translation>{title}: noch {left}</translation>
        </message>
        <message>
            <source>Hamstring Coach: {status}</source>
            <translation>Hamstring Coach: {status}</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>Fortsetzen</translation>
        </message>
    </context>
    <context>
        <name>UndoBar</name>
        <message>
            <source>Says what was removed; Undo brings it back.</source>
            <translation>Sagt, was entfernt wurde; „Rückgängig“ holt es zurück.</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Rückgängig</translation>
        </message>
        <message>
            <source>Brings back what was removed. Ctrl+Z.</source>
            <translation>Holt zurück, was entfernt wurde. Strg+Z.</translation>
        </message>
        <message>
            <source>Dismiss</source>
            <translation>Schließen</translation>
        </message>
        <message>
            <source>Closes this bar; what was removed stays removed.</source>
            <translation>Schließt diese Leiste; was entfernt wurde, bleibt entfernt.</translation>
        </message>
    </context>
    <context>
        <name>UpgradeNote</name>
        <message>
            <source>Hamstring Coach</source>
            <translation>Hamstring Coach</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Fortschritt</translation>
        </message>
        <message>
            <source>How far the history file has been updated.</source>
            <translation>Wie weit die Verlaufsdatei schon aktualisiert ist.</translation>
        </message>
        <message>
            <source>Updating your history for this version of Hamstring Coach. With years of sessions this takes a little while; nothing is lost.</source>
            <translation>Dein Verlauf wird für diese Version von Hamstring Coach aktualisiert. Bei Jahren voller Einheiten dauert das etwas; nichts geht verloren.</translation>
        </message>
        <message>
            <source>Making the history file smaller. This takes a moment.</source>
            <translation>Die Verlaufsdatei wird verkleinert. Das dauert einen Moment.</translation>
        </message>
    </context>
</TS>
