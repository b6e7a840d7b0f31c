<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name></name>
    <message>
        <source>{typed!r} is not a confidence: type 1, 0.7, 0.4 or 0.</source>
        <translation>{typed!r} ist keine Zuversicht: Tippe 1; 0,7; 0,4 oder 0.</translation>
    </message>
    <message>
        <source>{typed!r} is not a score: type 0.0 to 1.0.</source>
        <translation>{typed!r} ist keine Bewertung: Tippe 0,0 bis 1,0.</translation>
    </message>
    <message>
        <source>A step is pending, done or skipped, not “{status}”.</source>
        <translation>Ein Schritt ist offen, erledigt oder übersprungen, nicht „{status}“.</translation>
    </message>
    <message>
        <source>Every step is done or skipped.</source>
        <translation>Jeder Schritt ist erledigt oder übersprungen.</translation>
    </message>
    <message>
        <source>No more added time to take back from this step.</source>
        <translation>Diesem Schritt wurde keine Zeit mehr hinzugefügt, die sich zurücknehmen ließe.</translation>
    </message>
    <message>
        <source>“{title}” can be planned from {low} to {high} minutes.</source>
        <translation>„{title}“ lässt sich mit {low} bis {high} Minuten planen.</translation>
    </message>
    <message>
        <source>the step&apos;s title</source>
        <translation>Der Titel des Schritts</translation>
    </message>
    <message>
        <source>At zero the timer can signal, or signal and move on.</source>
        <translation>Bei null kann der Timer ein Signal geben, oder ein Signal geben und weitergehen.</translation>
    </message>
    <message>
        <source>The grace time is between 0 and 30 minutes.</source>
        <translation>Die Nachspielzeit liegt zwischen 0 und 30 Minuten.</translation>
    </message>
    <message>
        <source>the new step&apos;s title</source>
        <translation>Der Titel des neuen Schritts</translation>
    </message>
    <message>
        <source>A step can be planned from 1 to {high} minutes.</source>
        <translation>Ein Schritt lässt sich mit 1 bis {high} Minuten planen.</translation>
    </message>
    <message>
        <source>That step is no longer on the agenda.</source>
        <translation>Dieser Schritt ist nicht mehr auf der Agenda.</translation>
    </message>
    <message>
        <source>This workshop is no longer in the file.</source>
        <translation>Dieser Workshop ist nicht mehr in der Datei.</translation>
    </message>
    <message>
        <source>That {what} is no longer in this workshop.</source>
        <translation>{what} ist nicht mehr in diesem Workshop.</translation>
    </message>
    <message>
        <source>the note</source>
        <translation>Die Notiz</translation>
    </message>
    <message>
        <source>participant</source>
        <translation>Diese Person</translation>
    </message>
    <message>
        <source>note</source>
        <translation>Diese Notiz</translation>
    </message>
    <message>
        <source>card</source>
        <translation>Diese Karte</translation>
    </message>
    <message>
        <source>A card is an objective or a key-result candidate.</source>
        <translation>Eine Karte ist ein Objective oder ein Kandidat für ein Key Result.</translation>
    </message>
    <message>
        <source>the card</source>
        <translation>Die Karte</translation>
    </message>
    <message>
        <source>Some of these post-its are no longer in this workshop.</source>
        <translation>Einige dieser Post-its sind nicht mehr in diesem Workshop.</translation>
    </message>
    <message>
        <source>Some of these post-its are on a ballot: their votes would be lost. Group them into other cards instead.</source>
        <translation>Einige dieser Post-its stehen zur Abstimmung: Ihre Punkte gingen verloren. Gruppiere sie stattdessen zu anderen Karten.</translation>
    </message>
    <message>
        <source>A card cannot be grouped into itself.</source>
        <translation>Eine Karte lässt sich nicht in sich selbst gruppieren.</translation>
    </message>
    <message>
        <source>That card is already grouped into this one.</source>
        <translation>Diese Karte ist schon in diese gruppiert.</translation>
    </message>
    <message>
        <source>This card is on a ballot: its votes would be lost. Group it into another card instead.</source>
        <translation>Diese Karte steht zur Abstimmung: Ihre Punkte gingen verloren. Gruppiere sie stattdessen zu einer anderen Karte.</translation>
    </message>
    <message>
        <source>A retrospective is at the opening or at the close of the day.</source>
        <translation>Eine Retrospektive findet zu Beginn oder am Ende des Tages statt.</translation>
    </message>
    <message>
        <source>The columns are: {columns}.</source>
        <translation>Die Spalten sind: {columns}.</translation>
    </message>
    <message>
        <source>Post-its come in {colours}.</source>
        <translation>Post-its gibt es in {colours}.</translation>
    </message>
    <message>
        <source>retrospective note</source>
        <translation>Diese Notiz der Retrospektive</translation>
    </message>
    <message>
        <source>That key result of last cycle is no longer in this workshop.</source>
        <translation>Dieses Key Result des letzten Zyklus ist nicht mehr in diesem Workshop.</translation>
    </message>
    <message>
        <source>This workshop has no key results yet to check in on.</source>
        <translation>Dieser Workshop hat noch keine Key Results für einen Check-in.</translation>
    </message>
    <message>
        <source>There is no key result {number!r}: the key results are {numbers} (objective.KR, as the sheets print them).</source>
        <translation>Es gibt kein Key Result {number!r}: Die Key Results sind {numbers} (Objective.KR, wie auf den Bögen gedruckt).</translation>
    </message>
    <message>
        <source>the actual</source>
        <translation>Der Istwert</translation>
    </message>
    <message>
        <source>A week&apos;s check-in has no part called {field!r}.</source>
        <translation>Der Check-in einer Woche hat keinen Teil namens {field!r}.</translation>
    </message>
    <message>
        <source>the answer</source>
        <translation>Die Antwort</translation>
    </message>
    <message>
        <source>the health metric</source>
        <translation>Die Gesundheitskennzahl</translation>
    </message>
    <message>
        <source>A health metric is green, amber or red.</source>
        <translation>Eine Gesundheitskennzahl ist grün, gelb oder rot.</translation>
    </message>
    <message>
        <source>health metric</source>
        <translation>Diese Gesundheitskennzahl</translation>
    </message>
    <message>
        <source>The review has no question called {question!r}.</source>
        <translation>Der Rückblick hat keine Frage namens {question!r}.</translation>
    </message>
    <message>
        <source>A review note goes under stop, start or continue.</source>
        <translation>Eine Notiz des Rückblicks gehört unter Stopp, Start oder Weiter.</translation>
    </message>
    <message>
        <source>review note</source>
        <translation>Diese Notiz des Rückblicks</translation>
    </message>
    <message>
        <source>This workshop has no key results yet: the next cycle starts from them.</source>
        <translation>Dieser Workshop hat noch keine Key Results: Der nächste Zyklus beginnt mit ihnen.</translation>
    </message>
    <message>
        <source>The next cycle is already started: workshop {id} ({cycle}).</source>
        <translation>Der nächste Zyklus ist schon begonnen: Workshop {id} ({cycle}).</translation>
    </message>
    <message>
        <source>The next cycle is already started: workshop {id}.</source>
        <translation>Der nächste Zyklus ist schon begonnen: Workshop {id}.</translation>
    </message>
    <message>
        <source>That key result is no longer in this workshop.</source>
        <translation>Dieses Key Result ist nicht mehr in diesem Workshop.</translation>
    </message>
    <message>
        <source>baseline</source>
        <translation>Der Ausgangswert</translation>
    </message>
    <message>
        <source>target</source>
        <translation>Der Zielwert</translation>
    </message>
    <message>
        <source>how to measure</source>
        <translation>Die Messmethode</translation>
    </message>
    <message>
        <source>data source</source>
        <translation>Die Datenquelle</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>Das Notizfeld</translation>
    </message>
    <message>
        <source>success threshold</source>
        <translation>Die Schwelle für Erfolg</translation>
    </message>
    <message>
        <source>partial threshold</source>
        <translation>Die Schwelle für Teilerfolg</translation>
    </message>
    <message>
        <source>no impact threshold</source>
        <translation>Die Schwelle für keine Wirkung</translation>
    </message>
    <message>
        <source>negative threshold</source>
        <translation>Die Schwelle für negative Wirkung</translation>
    </message>
    <message>
        <source>character</source>
        <translation>Die Figur</translation>
    </message>
    <message>
        <source>goal</source>
        <translation>Das Ziel</translation>
    </message>
    <message>
        <source>obstacle</source>
        <translation>Das Hindernis</translation>
    </message>
    <message>
        <source>resolution</source>
        <translation>Die Auflösung</translation>
    </message>
    <message>
        <source>metric ideas</source>
        <translation>Das Feld der Kennzahl-Ideen</translation>
    </message>
    <message>
        <source>audience</source>
        <translation>Die Zielgruppe</translation>
    </message>
    <message>
        <source>message</source>
        <translation>Die Botschaft</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>Der Kanal</translation>
    </message>
    <message>
        <source>when</source>
        <translation>Das Feld „Wann“</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>Die verantwortliche Person</translation>
    </message>
    <message>
        <source>objective</source>
        <translation>Dieses Objective</translation>
    </message>
    <message>
        <source>That initiative is no longer in this workshop.</source>
        <translation>Diese Initiative ist nicht mehr in diesem Workshop.</translation>
    </message>
    <message>
        <source>the key result</source>
        <translation>Das Key Result</translation>
    </message>
    <message>
        <source>the unit</source>
        <translation>Die Einheit</translation>
    </message>
    <message>
        <source>A key result has no field “{name}”.</source>
        <translation>Ein Key Result hat kein Feld „{name}“.</translation>
    </message>
    <message>
        <source>The {what} is a number, like 40 or 12.5.</source>
        <translation>{what} ist eine Zahl, etwa 40 oder 12,5.</translation>
    </message>
    <message>
        <source>Priority is must, should, could or won&apos;t have.</source>
        <translation>Die Priorität ist Muss, Soll, Kann oder Nicht.</translation>
    </message>
    <message>
        <source>There is no field “{name}” in {what}.</source>
        <translation>{what} hat kein Feld „{name}“.</translation>
    </message>
    <message>
        <source>the objective</source>
        <translation>Das Objective</translation>
    </message>
    <message>
        <source>why it matters</source>
        <translation>Das Feld „Warum es wichtig ist“</translation>
    </message>
    <message>
        <source>An objective is a draft, final or dropped.</source>
        <translation>Ein Objective ist ein Entwurf, endgültig oder verworfen.</translation>
    </message>
    <message>
        <source>The room has voted on this objective&apos;s key results: those votes would be lost. Leave it out of the set instead.</source>
        <translation>Der Raum hat über die Key Results dieses Objectives abgestimmt: Diese Punkte gingen verloren. Lass es stattdessen aus dem Set heraus.</translation>
    </message>
    <message>
        <source>Rank every objective once: the list has changed, look again.</source>
        <translation>Ordne jedes Objective genau einmal ein: Die Liste hat sich geändert, sieh noch einmal nach.</translation>
    </message>
    <message>
        <source>That champion is no longer in this workshop.</source>
        <translation>Dieser Champion ist nicht mehr in diesem Workshop.</translation>
    </message>
    <message>
        <source>“{text}” has votes, answers, initiatives or check-ins since it came in: take those off first.</source>
        <translation>„{text}“ hat seit dem Hinzufügen Punkte, Antworten, Initiativen oder Check-ins: Nimm diese zuerst weg.</translation>
    </message>
    <message>
        <source>This key result is on a ballot: its votes would be lost. Leave it out of the picked ones instead.</source>
        <translation>Dieses Key Result steht zur Abstimmung: Seine Punkte gingen verloren. Lass es stattdessen aus den ausgewählten heraus.</translation>
    </message>
    <message>
        <source>The hands-up questions are outcome or output, leading or lagging.</source>
        <translation>Die Handzeichen-Fragen sind Outcome oder Output, vorlaufend oder nachlaufend.</translation>
    </message>
    <message>
        <source>Count hands from 0 to 1,000.</source>
        <translation>Zähle Hände von 0 bis 1.000.</translation>
    </message>
    <message>
        <source>Pick key results of this objective, each once.</source>
        <translation>Wähle Key Results dieses Objectives, jedes genau einmal.</translation>
    </message>
    <message>
        <source>An answer is about one objective or one key result.</source>
        <translation>Eine Antwort gilt einem Objective oder einem Key Result.</translation>
    </message>
    <message>
        <source>Type the code on your paper slip instead of picking a name.</source>
        <translation>Tippe den Code von deinem Stimmzettel ein, statt einen Namen zu wählen.</translation>
    </message>
    <message>
        <source>That code is not one of this vote&apos;s: check the slip again.</source>
        <translation>Dieser Code gehört nicht zu dieser Abstimmung: Sieh noch einmal auf den Zettel.</translation>
    </message>
    <message>
        <source>Pick your name first.</source>
        <translation>Wähle zuerst deinen Namen.</translation>
    </message>
    <message>
        <source>No phone holds {name}&apos;s name.</source>
        <translation>Kein Handy hält den Namen von {name}.</translation>
    </message>
    <message>
        <source>{name} is voting on a phone.</source>
        <translation>{name} stimmt auf einem Handy ab.</translation>
    </message>
    <message>
        <source>{name} has voted another way since.</source>
        <translation>{name} hat inzwischen auf anderem Weg abgestimmt.</translation>
    </message>
    <message>
        <source>That phone now votes as {name}.</source>
        <translation>Dieses Handy stimmt jetzt als {name} ab.</translation>
    </message>
    <message>
        <source>You have sent your votes: they can no longer be changed.</source>
        <translation>Du hast deine Punkte abgeschickt: Sie lassen sich nicht mehr ändern.</translation>
    </message>
    <message>
        <source>voting round</source>
        <translation>Diese Abstimmung</translation>
    </message>
    <message>
        <source>This round is closed: no more votes.</source>
        <translation>Diese Abstimmung ist geschlossen: keine Punkte mehr.</translation>
    </message>
    <message>
        <source>This round is not open for phones.</source>
        <translation>Diese Abstimmung ist nicht für Handys geöffnet.</translation>
    </message>
    <message>
        <source>That name is not on this workshop&apos;s list.</source>
        <translation>Dieser Name steht nicht auf der Liste dieses Workshops.</translation>
    </message>
    <message>
        <source>This phone already votes as {name}.</source>
        <translation>Dieses Handy stimmt schon als {name} ab.</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>jemand anderes</translation>
    </message>
    <message>
        <source>That person is no longer in this workshop.</source>
        <translation>Diese Person ist nicht mehr in diesem Workshop.</translation>
    </message>
    <message>
        <source>the initiative</source>
        <translation>Die Initiative</translation>
    </message>
    <message>
        <source>the owner</source>
        <translation>Die verantwortliche Person</translation>
    </message>
    <message>
        <source>An initiative has no field “{name}”.</source>
        <translation>Eine Initiative hat kein Feld „{name}“.</translation>
    </message>
    <message>
        <source>a line of the communications plan</source>
        <translation>Eine Zeile des Kommunikationsplans</translation>
    </message>
    <message>
        <source>Fill in at least the audience or the message.</source>
        <translation>Fülle mindestens die Zielgruppe oder die Botschaft aus.</translation>
    </message>
    <message>
        <source>line of the plan</source>
        <translation>Diese Zeile des Plans</translation>
    </message>
    <message>
        <source>There is no earlier workshop of this team in this file: type last cycle&apos;s objectives in.</source>
        <translation>In dieser Datei gibt es keinen früheren Workshop dieses Teams: Tippe die Objectives des letzten Zyklus ein.</translation>
    </message>
    <message>
        <source>That earlier workshop is no longer in this file.</source>
        <translation>Dieser frühere Workshop ist nicht mehr in dieser Datei.</translation>
    </message>
    <message>
        <source>Last cycle&apos;s objectives are already here.</source>
        <translation>Die Objectives des letzten Zyklus sind schon da.</translation>
    </message>
    <message>
        <source>last cycle&apos;s objective</source>
        <translation>Das Objective des letzten Zyklus</translation>
    </message>
    <message>
        <source>last cycle&apos;s key result</source>
        <translation>Das Key Result des letzten Zyklus</translation>
    </message>
    <message>
        <source>no</source>
        <translation>keins</translation>
    </message>
    <message>
        <source>one</source>
        <translation>eins</translation>
    </message>
    <message>
        <source>two</source>
        <translation>zwei</translation>
    </message>
    <message>
        <source>three</source>
        <translation>drei</translation>
    </message>
    <message>
        <source>four</source>
        <translation>vier</translation>
    </message>
    <message>
        <source>five</source>
        <translation>fünf</translation>
    </message>
    <message>
        <source>six</source>
        <translation>sechs</translation>
    </message>
    <message>
        <source>seven</source>
        <translation>sieben</translation>
    </message>
    <message>
        <source>eight</source>
        <translation>acht</translation>
    </message>
    <message>
        <source>nine</source>
        <translation>neun</translation>
    </message>
    <message>
        <source>A round is over objective candidates or key results.</source>
        <translation>Eine Abstimmung geht über Kandidaten für Objectives oder über Key Results.</translation>
    </message>
    <message>
        <source>A vote needs at least two cards to choose between.</source>
        <translation>Eine Abstimmung braucht mindestens zwei Karten zur Wahl.</translation>
    </message>
    <message>
        <source>the round&apos;s title</source>
        <translation>Der Titel der Abstimmung</translation>
    </message>
    <message>
        <source>A round is open, closed or revealed.</source>
        <translation>Eine Abstimmung ist offen, geschlossen oder aufgedeckt.</translation>
    </message>
    <message>
        <source>That card is not in this round.</source>
        <translation>Diese Karte ist nicht in dieser Abstimmung.</translation>
    </message>
    <message>
        <source>A count is a whole number from 0 to 10,000.</source>
        <translation>Eine Anzahl ist eine ganze Zahl von 0 bis 10.000.</translation>
    </message>
    <message>
        <source>The votes stay hidden until the facilitator reveals them.</source>
        <translation>Die Punkte bleiben verborgen, bis die Moderation sie aufdeckt.</translation>
    </message>
    <message>
        <source>The cut line goes from 0 to {count} cards.</source>
        <translation>Die Schnittlinie liegt zwischen 0 und {count} Karten.</translation>
    </message>
    <message>
        <source>That round is not a run-off.</source>
        <translation>Diese Abstimmung ist keine Stichwahl.</translation>
    </message>
    <message>
        <source>Close the run-off before using its result.</source>
        <translation>Schließe die Stichwahl, bevor du ihr Ergebnis übernimmst.</translation>
    </message>
    <message>
        <source>The run-off is tied too: settle it as facilitator.</source>
        <translation>Auch die Stichwahl steht gleich: Entscheide sie als Moderation.</translation>
    </message>
    <message>
        <source>Close the vote first.</source>
        <translation>Zuerst die Abstimmung schließen.</translation>
    </message>
    <message>
        <source>Reveal the results first.</source>
        <translation>Zuerst die Ergebnisse aufdecken.</translation>
    </message>
    <message>
        <source>Set the cut line first: drag it on the chart, or type how many to keep.</source>
        <translation>Zuerst die Schnittlinie setzen: Zieht sie im Diagramm oder tippt ein, wie viele bleiben.</translation>
    </message>
    <message>
        <source>Cards are tied across the cut line: settle the tie first.</source>
        <translation>Karten liegen über die Schnittlinie hinweg gleichauf: Löst zuerst den Gleichstand auf.</translation>
    </message>
    <message>
        <source>Keep at least one above the cut line.</source>
        <translation>Mindestens eine über der Schnittlinie behalten.</translation>
    </message>
    <message>
        <source>These cards are already our objectives.</source>
        <translation>Diese Karten sind schon unsere Objectives.</translation>
    </message>
    <message>
        <source>These are the picked key results, in this order.</source>
        <translation>Das sind die ausgewählten Key Results, in dieser Reihenfolge.</translation>
    </message>
    <message>
        <source>1 key result above the line: {fewest} to {most} per objective work best.</source>
        <translation>1 Key Result über der Linie: {fewest} bis {most} pro Objective funktionieren am besten.</translation>
    </message>
    <message>
        <source>{count} key results above the line: {fewest} to {most} per objective work best.</source>
        <translation>{count} Key Results über der Linie: {fewest} bis {most} pro Objective funktionieren am besten.</translation>
    </message>
    <message>
        <source>1 key result above the line, ranked in this order.</source>
        <translation>1 Key Result über der Linie, in dieser Reihenfolge.</translation>
    </message>
    <message>
        <source>{count} key results above the line, ranked in this order.</source>
        <translation>{count} Key Results über der Linie, in dieser Reihenfolge.</translation>
    </message>
    <message>
        <source>1 objective above the line, ranked in this order.</source>
        <translation>1 Objective über der Linie, in dieser Reihenfolge.</translation>
    </message>
    <message>
        <source>{count} objectives above the line, ranked in this order.</source>
        <translation>{count} Objectives über der Linie, in dieser Reihenfolge.</translation>
    </message>
    <message>
        <source>That voting round is no longer in this workshop.</source>
        <translation>Diese Abstimmung ist nicht mehr in diesem Workshop.</translation>
    </message>
    <message>
        <source>the story</source>
        <translation>Die Geschichte</translation>
    </message>
    <message>
        <source>Time on OKRs is a whole percentage from 0 to 100.</source>
        <translation>Die Zeit für OKRs ist ein ganzer Prozentwert von 0 bis 100.</translation>
    </message>
    <message>
        <source>the worksheet field</source>
        <translation>Das Feld des Arbeitsblatts</translation>
    </message>
    <message>
        <source>The worksheet has no field “{name}”.</source>
        <translation>Das Arbeitsblatt hat kein Feld „{name}“.</translation>
    </message>
    <message>
        <source>the team&apos;s name</source>
        <translation>Der Name des Teams</translation>
    </message>
    <message>
        <source>the mission</source>
        <translation>Die Mission</translation>
    </message>
    <message>
        <source>dependency</source>
        <translation>Diese Abhängigkeit</translation>
    </message>
    <message>
        <source>metric</source>
        <translation>Diese Kennzahl</translation>
    </message>
    <message>
        <source>A dependency is on others, or of others on us.</source>
        <translation>Eine Abhängigkeit besteht von anderen, oder anderer von uns.</translation>
    </message>
    <message>
        <source>A dependency is feedback only, or hard.</source>
        <translation>Eine Abhängigkeit ist nur Feedback oder hart.</translation>
    </message>
    <message>
        <source>the team</source>
        <translation>Das Team</translation>
    </message>
    <message>
        <source>the description</source>
        <translation>Die Beschreibung</translation>
    </message>
    <message>
        <source>A dependency has no field “{name}”.</source>
        <translation>Eine Abhängigkeit hat kein Feld „{name}“.</translation>
    </message>
    <message>
        <source>A metric is an output, a leading or a lagging indicator.</source>
        <translation>Eine Kennzahl ist ein Output, ein vorlaufender oder ein nachlaufender Indikator.</translation>
    </message>
    <message>
        <source>the metric</source>
        <translation>Die Kennzahl</translation>
    </message>
    <message>
        <source>A metric has no field “{name}”.</source>
        <translation>Eine Kennzahl hat kein Feld „{name}“.</translation>
    </message>
    <message>
        <source>this field</source>
        <translation>Dieses Feld</translation>
    </message>
    <message>
        <source>takes a whole number from {low:,} to {high:,}</source>
        <translation>nimmt eine ganze Zahl von {low:,} bis {high:,}</translation>
    </message>
    <message>
        <source>takes a number from {low} to {high}</source>
        <translation>nimmt eine Zahl von {low} bis {high}</translation>
    </message>
    <message>
        <source>is not one of {words}</source>
        <translation>ist keins von {words}</translation>
    </message>
    <message>
        <source>takes a week from 1 to {weeks}</source>
        <translation>nimmt eine Woche von 1 bis {weeks}</translation>
    </message>
    <message>
        <source>takes a date and time like 2027-01-04T16:30:00</source>
        <translation>nimmt Datum und Uhrzeit wie 2027-01-04T16:30:00</translation>
    </message>
    <message>
        <source>takes a local date and time, without an offset</source>
        <translation>nimmt ein örtliches Datum mit Uhrzeit, ohne Zeitzonenversatz</translation>
    </message>
    <message>
        <source>takes an object with {fields}</source>
        <translation>nimmt ein Objekt mit {fields}</translation>
    </message>
    <message>
        <source>takes numbers from 0.0 to 1.0</source>
        <translation>nimmt Zahlen von 0,0 bis 1,0</translation>
    </message>
    <message>
        <source>workshop.cycle_end: {end} is before the cycle starts ({start}).</source>
        <translation>workshop.cycle_end: {end} liegt vor dem Beginn des Zyklus ({start}).</translation>
    </message>
    <message>
        <source>{where}: {error}</source>
        <translation>{where}: {error}</translation>
    </message>
    <message>
        <source>{where}: {value} {reason}</source>
        <translation>{where}: {value} {reason}</translation>
    </message>
    <message>
        <source>{where}: {value} {reason}.</source>
        <translation>{where}: {value} {reason}.</translation>
    </message>
    <message>
        <source>workshop.settings.{key}: not a setting this version knows (it knows {known}).</source>
        <translation>workshop.settings.{key}: keine Einstellung, die diese Version kennt (sie kennt {known}).</translation>
    </message>
    <message>
        <source>participants[{index}].name: {name!r} is the same name as {other!r}; give each person one entry.</source>
        <translation>participants[{index}].name: {name!r} ist derselbe Name wie {other!r}; gib jeder Person einen Eintrag.</translation>
    </message>
    <message>
        <source>round_options[{index}]: names neither a card nor a key result to vote on.</source>
        <translation>round_options[{index}]: nennt weder eine Karte noch ein Key Result zur Abstimmung.</translation>
    </message>
    <message>
        <source>{where}.option_id: that option is in another round.</source>
        <translation>{where}.option_id: Diese Option gehört zu einer anderen Abstimmung.</translation>
    </message>
    <message>
        <source>{where}: participant {participant} has more than the {count} votes of round {round}.</source>
        <translation>{where}: Person {participant} hat mehr als die {count} Punkte der Abstimmung {round}.</translation>
    </message>
    <message>
        <source>{where}: participant {participant} has more than {count} votes on one option of round {round}.</source>
        <translation>{where}: Person {participant} hat mehr als {count} Punkte auf einer Option der Abstimmung {round}.</translation>
    </message>
    <message>
        <source>{name} is already voting on another phone. If that is you, ask the facilitator to free your name.</source>
        <translation>{name} stimmt schon auf einem anderen Handy ab. Wenn du das bist, bitte die Moderation, deinen Namen freizugeben.</translation>
    </message>
    <message>
        <source>{name} has handed in a paper ballot for this round.</source>
        <translation>{name} hat für diese Abstimmung einen Stimmzettel abgegeben.</translation>
    </message>
    <message>
        <source>{name} has already voted at the shared screen.</source>
        <translation>{name} hat schon am gemeinsamen Bildschirm abgestimmt.</translation>
    </message>
    <message>
        <source>the file must hold one JSON object</source>
        <translation>die Datei muss genau ein JSON-Objekt enthalten</translation>
    </message>
    <message>
        <source>&quot;rules&quot; must be a list of rules</source>
        <translation>&quot;rules&quot; muss eine Liste von Regeln sein</translation>
    </message>
    <message>
        <source>two rules have the id &quot;{id}&quot;</source>
        <translation>zwei Regeln haben die ID &quot;{id}&quot;</translation>
    </message>
    <message>
        <source>The quality rules in {origin} cannot be used: {problem}.</source>
        <translation>Die Qualitätsregeln in {origin} sind nicht verwendbar: {problem}.</translation>
    </message>
    <message>
        <source>&quot;{what}&quot; must be a non-empty text</source>
        <translation>&quot;{what}&quot; muss ein nicht leerer Text sein</translation>
    </message>
    <message>
        <source>&quot;settings&quot; must be an object</source>
        <translation>&quot;settings&quot; muss ein Objekt sein</translation>
    </message>
    <message>
        <source>the setting &quot;{name}&quot; is missing or not a {kind}</source>
        <translation>die Einstellung &quot;{name}&quot; fehlt oder ist kein {kind}</translation>
    </message>
    <message>
        <source>every &quot;magnitude_suffixes&quot; entry must be a number, like &quot;k&quot;: 1000</source>
        <translation>jeder Eintrag in &quot;magnitude_suffixes&quot; muss eine Zahl sein, etwa &quot;k&quot;: 1000</translation>
    </message>
    <message>
        <source>every &quot;time_units&quot; entry must be a number of seconds, like &quot;hour&quot;: 3600</source>
        <translation>jeder Eintrag in &quot;time_units&quot; muss eine Zahl von Sekunden sein, etwa &quot;hour&quot;: 3600</translation>
    </message>
    <message>
        <source>&quot;year_range&quot; must be two years, like [1900, 2099]</source>
        <translation>&quot;year_range&quot; muss aus zwei Jahren bestehen, etwa [1900, 2099]</translation>
    </message>
    <message>
        <source>a &quot;date_patterns&quot; entry is not a valid pattern ({error})</source>
        <translation>ein Eintrag in &quot;date_patterns&quot; ist kein gültiges Muster ({error})</translation>
    </message>
    <message>
        <source>&quot;word_lists&quot; must be an object</source>
        <translation>&quot;word_lists&quot; muss ein Objekt sein</translation>
    </message>
    <message>
        <source>the word list &quot;{name}&quot; must be a list of non-empty texts</source>
        <translation>die Wortliste &quot;{name}&quot; muss eine Liste nicht leerer Texte sein</translation>
    </message>
    <message>
        <source>these word lists are missing or empty: {names}</source>
        <translation>diese Wortlisten fehlen oder sind leer: {names}</translation>
    </message>
    <message>
        <source>every rule must be an object</source>
        <translation>jede Regel muss ein Objekt sein</translation>
    </message>
    <message>
        <source>the rule &quot;{rule}&quot; uses the check &quot;{check}&quot;; known checks: {known}</source>
        <translation>die Regel &quot;{rule}&quot; verwendet die Prüfung &quot;{check}&quot;; bekannte Prüfungen: {known}</translation>
    </message>
    <message>
        <source>the rule &quot;{rule}&quot; must apply to {subjects}, not &quot;{applies_to}&quot;</source>
        <translation>die Regel &quot;{rule}&quot; muss für {subjects} gelten, nicht für &quot;{applies_to}&quot;</translation>
    </message>
    <message>
        <source>the rule &quot;{rule}&quot; has severity &quot;{severity}&quot;; use error, warning or hint</source>
        <translation>die Regel &quot;{rule}&quot; hat den Schweregrad &quot;{severity}&quot;; verwende error, warning oder hint</translation>
    </message>
    <message>
        <source>the rule &quot;{rule}&quot; has keys its check does not use: {keys}</source>
        <translation>die Regel &quot;{rule}&quot; hat Schlüssel, die ihre Prüfung nicht verwendet: {keys}</translation>
    </message>
    <message>
        <source>the rule &quot;{rule}&quot; has a message with an unmatched {{ or }}</source>
        <translation>die Regel &quot;{rule}&quot; hat eine Meldung mit einer einzelnen {{ oder }}</translation>
    </message>
    <message>
        <source>the rule &quot;{rule}&quot; uses {names} in its message; its check offers {offered}</source>
        <translation>die Regel &quot;{rule}&quot; verwendet {names} in ihrer Meldung; ihre Prüfung bietet {offered}</translation>
    </message>
    <message>
        <source>the rule &quot;{rule}&quot; has a message that cannot be filled in ({error})</source>
        <translation>die Regel &quot;{rule}&quot; hat eine Meldung, die sich nicht ausfüllen lässt ({error})</translation>
    </message>
    <message>
        <source>the rule &quot;{rule}&quot; names the word list &quot;{name}&quot;, which is not in &quot;word_lists&quot;</source>
        <translation>die Regel &quot;{rule}&quot; nennt die Wortliste &quot;{name}&quot;, die nicht in &quot;word_lists&quot; steht</translation>
    </message>
    <message>
        <source>the rule &quot;{rule}&quot; needs &quot;fields&quot; from: {known}</source>
        <translation>die Regel &quot;{rule}&quot; braucht &quot;fields&quot; aus: {known}</translation>
    </message>
    <message>
        <source>the rule &quot;{rule}&quot; needs &quot;limit&quot;: the name of a whole-number setting</source>
        <translation>die Regel &quot;{rule}&quot; braucht &quot;limit&quot;: den Namen einer ganzzahligen Einstellung</translation>
    </message>
    <message>
        <source>the rule &quot;{rule}&quot; needs &quot;value&quot;: &quot;leading&quot; or &quot;lagging&quot;</source>
        <translation>die Regel &quot;{rule}&quot; braucht &quot;value&quot;: &quot;leading&quot; oder &quot;lagging&quot;</translation>
    </message>
    <message>
        <source>The quality rules in {source} cannot be read: {error}.</source>
        <translation>Die Qualitätsregeln in {source} lassen sich nicht lesen: {error}.</translation>
    </message>
    <message>
        <source>The quality rules in {source} are not valid JSON (line {line}): {error}.</source>
        <translation>Die Qualitätsregeln in {source} sind kein gültiges JSON (Zeile {line}): {error}.</translation>
    </message>
    <message>
        <source>The quality checks have no rules in &quot;{language}&quot;. Languages with rules: {known}.</source>
        <translation>Die Qualitätsprüfungen haben keine Regeln in &quot;{language}&quot;. Sprachen mit Regeln: {known}.</translation>
    </message>
    <message>
        <source>The criteria in {source} cannot be used: list the &quot;{kind}&quot; criteria, each with an id, a label and a question.</source>
        <translation>Die Kriterien in {source} sind nicht verwendbar: Liste die Kriterien für &quot;{kind}&quot; auf, jedes mit ID, Bezeichnung und Frage.</translation>
    </message>
    <message>
        <source>Write something on {what} first.</source>
        <translation>Schreib zuerst etwas hinein: {what} ist noch leer.</translation>
    </message>
    <message>
        <source>That is {count:,} characters: {what} takes at most {limit:,}. Shorten it, or keep the long text in the notes.</source>
        <translation>Das sind {count:,} Zeichen: {what} fasst höchstens {limit:,}. Kürze den Text oder bewahre den langen Text in den Notizen auf.</translation>
    </message>
    <message>
        <source>The verdict thresholds must rise: fell short &lt; delivered &lt;= exceeded, all between 0.0 and 1.0.</source>
        <translation>Die Schwellen der Urteile müssen steigen: knapp verfehlt &lt; erreicht &lt;= übertroffen, alle zwischen 0,0 und 1,0.</translation>
    </message>
    <message>
        <source>Score a key result from 0.0 to 1.0 in steps of 0.1.</source>
        <translation>Bewerte ein Key Result von 0,0 bis 1,0 in Schritten von 0,1.</translation>
    </message>
    <message>
        <source>A check-in is for week 1 to {weeks} of the cycle.</source>
        <translation>Ein Check-in gilt für Woche 1 bis {weeks} des Zyklus.</translation>
    </message>
    <message>
        <source>Confidence is 1, 0.7, 0.4 or 0.</source>
        <translation>Die Zuversicht ist 1; 0,7; 0,4 oder 0.</translation>
    </message>
    <message>
        <source>Cannot read {name}: {error}.</source>
        <translation>{name} lässt sich nicht lesen: {error}.</translation>
    </message>
    <message>
        <source>{name} is larger than {megabytes} MB: a table to import holds at most {rows:,} rows.</source>
        <translation>{name} ist größer als {megabytes} MB: Eine Tabelle zum Importieren hat höchstens {rows:,} Zeilen.</translation>
    </message>
    <message>
        <source>{name} is empty.</source>
        <translation>{name} ist leer.</translation>
    </message>
    <message>
        <source>{name} is an old Excel file (.xls): save it as .xlsx or .csv first.</source>
        <translation>{name} ist eine alte Excel-Datei (.xls): Speichere sie zuerst als .xlsx oder .csv.</translation>
    </message>
    <message>
        <source>{name} is not a table: save it as CSV (UTF-8) or XLSX.</source>
        <translation>{name} ist keine Tabelle: Speichere sie als CSV (UTF-8) oder XLSX.</translation>
    </message>
    <message>
        <source>{name}, line {line}: a cell holds more than {most:,} characters; a text takes at most {limit:,}.</source>
        <translation>{name}, Zeile {line}: Eine Zelle enthält mehr als {most:,} Zeichen; ein Text hat höchstens {limit:,}.</translation>
    </message>
    <message>
        <source>{name}, line {line}: {error}.</source>
        <translation>{name}, Zeile {line}: {error}.</translation>
    </message>
    <message>
        <source>{name} is an OpenDocument spreadsheet: save it as .xlsx or .csv first.</source>
        <translation>{name} ist eine OpenDocument-Tabelle: Speichere sie zuerst als .xlsx oder .csv.</translation>
    </message>
    <message>
        <source>{name} is not a readable XLSX workbook: it may be damaged. Open it in your spreadsheet and save it again, or save it as CSV.</source>
        <translation>{name} ist keine lesbare XLSX-Arbeitsmappe: Sie ist womöglich beschädigt. Öffne sie in deiner Tabellenkalkulation und speichere sie neu, oder speichere sie als CSV.</translation>
    </message>
    <message>
        <source>{name} is not a readable XLSX workbook: part of it is damaged. Open it in your spreadsheet and save it again, or save it as CSV.</source>
        <translation>{name} ist keine lesbare XLSX-Arbeitsmappe: Ein Teil davon ist beschädigt. Öffne sie in deiner Tabellenkalkulation und speichere sie neu, oder speichere sie als CSV.</translation>
    </message>
    <message>
        <source>{name} has no sheet to read.</source>
        <translation>{name} hat kein Blatt zum Lesen.</translation>
    </message>
    <message>
        <source>{name} has more than {rows:,} rows: a table to import holds at most {rows:,}. Split it into smaller tables.</source>
        <translation>{name} hat mehr als {rows:,} Zeilen: Eine Tabelle zum Importieren hat höchstens {rows:,}. Teile sie in kleinere Tabellen auf.</translation>
    </message>
    <message>
        <source>“{raw}” is not a number: write it like 40, 12.5 or 12,5.</source>
        <translation>„{raw}“ ist keine Zahl: Schreib sie wie 40, 12,5 oder 12.5.</translation>
    </message>
    <message>
        <source>“{raw}” is too large a number.</source>
        <translation>„{raw}“ ist eine zu große Zahl.</translation>
    </message>
    <message>
        <source>“{header}” shows the spreadsheet error {code}.</source>
        <translation>„{header}“ zeigt den Tabellenfehler {code}.</translation>
    </message>
    <message>
        <source>“{header}” holds {value}, not a number.</source>
        <translation>„{header}“ enthält {value}, keine Zahl.</translation>
    </message>
    <message>
        <source>“{header}” holds a date or time, not a number.</source>
        <translation>„{header}“ enthält ein Datum oder eine Uhrzeit, keine Zahl.</translation>
    </message>
    <message>
        <source>“{header}” holds no usable number.</source>
        <translation>„{header}“ enthält keine brauchbare Zahl.</translation>
    </message>
    <message>
        <source>“{header}”: {error}</source>
        <translation>„{header}“: {error}</translation>
    </message>
    <message>
        <source>{table} has no column called “{english}” or “{german}”: the first row names the columns (this one reads: nothing).</source>
        <translation>{table} hat keine Spalte namens „{english}“ oder „{german}“: Die erste Zeile benennt die Spalten (hier steht: nichts).</translation>
    </message>
    <message>
        <source>{table} has no column called “{english}” or “{german}”: the first row names the columns (this one reads: {first}).</source>
        <translation>{table} hat keine Spalte namens „{english}“ oder „{german}“: Die erste Zeile benennt die Spalten (hier steht: {first}).</translation>
    </message>
    <message>
        <source>“{header}” is empty.</source>
        <translation>„{header}“ ist leer.</translation>
    </message>
    <message>
        <source>“{value}” in “{header}” is not one of: {allowed}.</source>
        <translation>„{value}“ in „{header}“ ist keins von: {allowed}.</translation>
    </message>
    <message>
        <source>“{name}” is not a participant of this workshop: add them to the team first, or clear the cell.</source>
        <translation>„{name}“ nimmt nicht an diesem Workshop teil: Füge die Person zuerst dem Team hinzu oder leere die Zelle.</translation>
    </message>
    <message>
        <source>already here</source>
        <translation>schon vorhanden</translation>
    </message>
    <message>
        <source>It belongs to the objective of row {row}, which has a problem.</source>
        <translation>Sie gehört zum Objective in Zeile {row}, die ein Problem hat.</translation>
    </message>
    <message>
        <source>It has a score but no key result: fill in “{header}”.</source>
        <translation>Sie hat eine Bewertung, aber kein Key Result: Fülle „{header}“ aus.</translation>
    </message>
    <message>
        <source>“{objective}” is already there, and this row adds no key result to it.</source>
        <translation>„{objective}“ ist schon vorhanden, und diese Zeile fügt ihm kein Key Result hinzu.</translation>
    </message>
    <message>
        <source>“{key_result}” is {where} under “{objective}”.</source>
        <translation>„{key_result}“ ist unter „{objective}“ {where}.</translation>
    </message>
    <message>
        <source>already in row {row}</source>
        <translation>schon in Zeile {row}</translation>
    </message>
    <message>
        <source>already a key result</source>
        <translation>schon ein Key Result</translation>
    </message>
    <message>
        <source>{table} has no column called “{english}” or “{german}”: add one saying which objective each key result is for, by its text or its number.</source>
        <translation>{table} hat keine Spalte namens „{english}“ oder „{german}“: Füge eine hinzu, die für jedes Key Result sein Objective nennt, mit Text oder Nummer.</translation>
    </message>
    <message>
        <source>“{key_result}” is {where} of “{objective}”.</source>
        <translation>„{key_result}“ ist bei „{objective}“ {where}.</translation>
    </message>
    <message>
        <source>already in row {row} as a key result</source>
        <translation>schon in Zeile {row} als Key Result</translation>
    </message>
    <message>
        <source>There is no objective {number} in this workshop.</source>
        <translation>In diesem Workshop gibt es kein Objective {number}.</translation>
    </message>
    <message>
        <source>A table holds one of: {kinds}.</source>
        <translation>Eine Tabelle enthält eines von: {kinds}.</translation>
    </message>
    <message>
        <source>1 row of {source} has a problem: nothing was added.</source>
        <translation>1 Zeile von {source} hat ein Problem: Nichts wurde hinzugefügt.</translation>
    </message>
    <message>
        <source>{count} rows of {source} have a problem: nothing was added.</source>
        <translation>{count} Zeilen von {source} haben ein Problem: Nichts wurde hinzugefügt.</translation>
    </message>
    <message>
        <source>{source} has no rows to add.</source>
        <translation>{source} hat keine Zeilen zum Hinzufügen.</translation>
    </message>
    <message>
        <source>There is no agenda template &quot;{name}&quot;. Known templates: {known}.</source>
        <translation>Es gibt keine Agenda-Vorlage &quot;{name}&quot;. Bekannte Vorlagen: {known}.</translation>
    </message>
    <message>
        <source>Each person gets from {low} to {high} votes, not {count}.</source>
        <translation>Jede Person bekommt {low} bis {high} Punkte, nicht {count}.</translation>
    </message>
    <message>
        <source>The most one person may put on one card is from 1 to their {count} votes.</source>
        <translation>Auf eine Karte darf eine Person 1 bis alle ihre {count} Punkte setzen.</translation>
    </message>
    <message>
        <source>Only the workshop&apos;s participants can vote.</source>
        <translation>Nur die Teilnehmenden des Workshops können abstimmen.</translation>
    </message>
    <message>
        <source>No votes left: you have placed all {count}.</source>
        <translation>Keine Punkte mehr: Du hast alle {count} gesetzt.</translation>
    </message>
    <message>
        <source>This card is at your limit: at most 1 vote from one person.</source>
        <translation>Diese Karte ist an deiner Grenze: höchstens 1 Punkt pro Person.</translation>
    </message>
    <message>
        <source>This card is at your limit: at most {count} votes from one person.</source>
        <translation>Diese Karte ist an deiner Grenze: höchstens {count} Punkte pro Person.</translation>
    </message>
    <message>
        <source>This round is closed: votes can no longer be taken back.</source>
        <translation>Diese Abstimmung ist geschlossen: Punkte lassen sich nicht mehr zurücknehmen.</translation>
    </message>
    <message>
        <source>You have no vote on that card to take back.</source>
        <translation>Du hast auf dieser Karte keinen Punkt, den du zurücknehmen könntest.</translation>
    </message>
    <message>
        <source>Give the team a name.</source>
        <translation>Gib dem Team einen Namen.</translation>
    </message>
    <message>
        <source>the cycle</source>
        <translation>Der Zyklus</translation>
    </message>
    <message>
        <source>The cycle ends before it starts: check the dates.</source>
        <translation>Der Zyklus endet, bevor er beginnt: Prüfe die Daten.</translation>
    </message>
    <message>
        <source>a participant&apos;s name</source>
        <translation>Der Name einer Person</translation>
    </message>
    <message>
        <source>&quot;{role}&quot; is not a role. Roles: {roles}.</source>
        <translation>&quot;{role}&quot; ist keine Rolle. Rollen: {roles}.</translation>
    </message>
    <message>
        <source>{name} is in the list twice: give each person one line.</source>
        <translation>{name} steht zweimal in der Liste: Gib jeder Person eine Zeile.</translation>
    </message>
    <message>
        <source>There is no OKR file format called {name}. The formats are: {formats}.</source>
        <translation>Es gibt kein OKR-Dateiformat namens {name}. Die Formate sind: {formats}.</translation>
    </message>
    <message>
        <source>There is no sheet called {unknown}. The sheets are: {sheets} (or all).</source>
        <translation>Es gibt keinen Bogen namens {unknown}. Die Bögen sind: {sheets} (oder all).</translation>
    </message>
    <message>
        <source>there is not enough memory to lay it out</source>
        <translation>für das Layout reicht der Arbeitsspeicher nicht</translation>
    </message>
    <message>
        <source>it could not be laid out ({reason})</source>
        <translation>das Layout ist nicht gelungen ({reason})</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist. Create it, or choose another folder.</source>
        <translation>Den Ordner {folder} gibt es nicht. Lege ihn an oder wähle einen anderen Ordner.</translation>
    </message>
    <message>
        <source>{folder} is a file, not a folder. Choose a folder for the sheets.</source>
        <translation>{folder} ist eine Datei, kein Ordner. Wähle einen Ordner für die Bögen.</translation>
    </message>
    <message>
        <source>The folder {folder} cannot be written to (it is read-only, or you may not write there). Choose another folder.</source>
        <translation>In den Ordner {folder} kann nicht geschrieben werden (er ist schreibgeschützt, oder du darfst dort nicht schreiben). Wähle einen anderen Ordner.</translation>
    </message>
    <message>
        <source>The disk holding {folder} is full. Free some space, then export again.</source>
        <translation>Der Datenträger mit {folder} ist voll. Schaffe Platz und exportiere dann noch einmal.</translation>
    </message>
    <message>
        <source>{file} could not be written in {folder}: {reason}.</source>
        <translation>{file} konnte in {folder} nicht geschrieben werden: {reason}.</translation>
    </message>
    <message>
        <source>There is no workshop {id} in {location}.</source>
        <translation>In {location} gibt es keinen Workshop {id}.</translation>
    </message>
    <message>
        <source>The file has {count:,} characters; a workshop file has at most {limit:,}.</source>
        <translation>Die Datei hat {count:,} Zeichen; eine Workshop-Datei hat höchstens {limit:,}.</translation>
    </message>
    <message>
        <source>Not valid JSON: {detail} at line {line}, column {column}.</source>
        <translation>Kein gültiges JSON: {detail} in Zeile {line}, Spalte {column}.</translation>
    </message>
    <message>
        <source>Not a workshop: the file nests deeper than {limit} levels.</source>
        <translation>Kein Workshop: Die Datei ist tiefer als {limit} Ebenen verschachtelt.</translation>
    </message>
    <message>
        <source>Not valid JSON here: {detail}.</source>
        <translation>Hier kein gültiges JSON: {detail}.</translation>
    </message>
    <message>
        <source>Not an OKR Workshop document: expected a JSON object.</source>
        <translation>Kein OKR-Workshop-Dokument: Erwartet wird ein JSON-Objekt.</translation>
    </message>
    <message>
        <source>{value} is not a number a workshop holds; numbers must be finite</source>
        <translation>{value} ist keine Zahl, die ein Workshop speichert; Zahlen müssen endlich sein</translation>
    </message>
    <message>
        <source>{value} is too large a number; numbers must be finite</source>
        <translation>{value} ist eine zu große Zahl; Zahlen müssen endlich sein</translation>
    </message>
    <message>
        <source>{where}: nests deeper than {limit} levels.</source>
        <translation>{where}: ist tiefer als {limit} Ebenen verschachtelt.</translation>
    </message>
    <message>
        <source>{where}: a key holds a broken character (half of a surrogate pair).</source>
        <translation>{where}: Ein Schlüssel enthält ein kaputtes Zeichen (ein halbes Surrogatpaar).</translation>
    </message>
    <message>
        <source>the document</source>
        <translation>Das Dokument</translation>
    </message>
    <message>
        <source>{where}: holds a broken character (half of a surrogate pair).</source>
        <translation>{where}: enthält ein kaputtes Zeichen (ein halbes Surrogatpaar).</translation>
    </message>
    <message>
        <source>The document has two entries where only one is allowed ({detail}): nothing was imported.</source>
        <translation>Das Dokument hat zwei Einträge, wo nur einer erlaubt ist ({detail}): Nichts wurde importiert.</translation>
    </message>
    <message>
        <source>expected {kind}, got {value}</source>
        <translation>erwartet: {kind}, gefunden: {value}</translation>
    </message>
    <message>
        <source>expected a date (YYYY-MM-DD), got {value}</source>
        <translation>erwartet: ein Datum (JJJJ-MM-TT), gefunden: {value}</translation>
    </message>
    <message>
        <source>expected a date and time, got {value}</source>
        <translation>erwartet: Datum und Uhrzeit, gefunden: {value}</translation>
    </message>
    <message>
        <source>expected a date and time in UTC without an offset, got {value}</source>
        <translation>erwartet: Datum und Uhrzeit in UTC ohne Zeitzonenversatz, gefunden: {value}</translation>
    </message>
    <message>
        <source>expected a number, got {value}</source>
        <translation>erwartet: eine Zahl, gefunden: {value}</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>a whole number from {low:,} to {high:,}</source>
        <translation>eine ganze Zahl von {low:,} bis {high:,}</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>text {text}</source>
        <translation>Text {text}</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>{where}: must not be null.</source>
        <translation>{where}: darf nicht null sein.</translation>
    </message>
    <message>
        <source>{where}: {problem}.</source>
        <translation>{where}: {problem}.</translation>
    </message>
    <message>
        <source>format: missing; expected &quot;okr-workshop/1&quot;.</source>
        <translation>format: fehlt; erwartet wird &quot;okr-workshop/1&quot;.</translation>
    </message>
    <message>
        <source>format: {value} is not a format this version reads (it reads &quot;{format}&quot;).</source>
        <translation>format: {value} ist kein Format, das diese Version liest (sie liest &quot;{format}&quot;).</translation>
    </message>
    <message>
        <source>workshop: expected an object, got {value}.</source>
        <translation>workshop: erwartet: ein Objekt, gefunden: {value}.</translation>
    </message>
    <message>
        <source>{where}: missing.</source>
        <translation>{where}: fehlt.</translation>
    </message>
    <message>
        <source>workshop.team: must not be empty.</source>
        <translation>workshop.team: darf nicht leer sein.</translation>
    </message>
    <message>
        <source>{where}: missing (use [] when there are none).</source>
        <translation>{where}: fehlt (schreibe [], wenn es keine gibt).</translation>
    </message>
    <message>
        <source>{where}: expected a list, got {value}.</source>
        <translation>{where}: erwartet: eine Liste, gefunden: {value}.</translation>
    </message>
    <message>
        <source>{where}: expected an object, got {value}.</source>
        <translation>{where}: erwartet: ein Objekt, gefunden: {value}.</translation>
    </message>
    <message>
        <source>{where}: two items share the same id.</source>
        <translation>{where}: Zwei Einträge haben dieselbe id.</translation>
    </message>
    <message>
        <source>workshop.current_step_id: no agenda step with id {value}.</source>
        <translation>workshop.current_step_id: Es gibt keinen Agendaschritt mit der id {value}.</translation>
    </message>
    <message>
        <source>{where}: the {field} of item {item} leads back to itself.</source>
        <translation>{where}: {field} von Eintrag {item} führt auf ihn selbst zurück.</translation>
    </message>
    <message>
        <source>{where}: expected a whole number, got {value}.</source>
        <translation>{where}: erwartet: eine ganze Zahl, gefunden: {value}.</translation>
    </message>
    <message>
        <source>{where}: {value} is not one of {allowed}.</source>
        <translation>{where}: {value} ist keiner der Werte {allowed}.</translation>
    </message>
    <message>
        <source>{where}: no {section} item with id {value}.</source>
        <translation>{where}: Es gibt keinen Eintrag in {section} mit der id {value}.</translation>
    </message>
    <message>
        <source>The {field} {problem}; nothing was saved.</source>
        <translation>Das Feld „{field}“ {problem}; nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>holds a NUL character, which no store keeps</source>
        <translation>enthält ein NUL-Zeichen, das kein Speicher aufbewahrt</translation>
    </message>
    <message>
        <source>holds a broken character (half of a surrogate pair)</source>
        <translation>enthält ein kaputtes Zeichen (ein halbes Surrogatpaar)</translation>
    </message>
    <message>
        <source>takes at most {limit:,} characters, not {count:,}</source>
        <translation>fasst höchstens {limit:,} Zeichen, nicht {count:,}</translation>
    </message>
    <message>
        <source>takes whole numbers from {low:,} to {high:,}, not {value:,}</source>
        <translation>nimmt ganze Zahlen von {low:,} bis {high:,}, nicht {value:,}</translation>
    </message>
    <message>
        <source>takes finite numbers, not {value}</source>
        <translation>nimmt endliche Zahlen, nicht {value}</translation>
    </message>
    <message>
        <source>{location} was removed while open, and it could not be written back ({detail}). Keep this window open and free the folder or the disk.</source>
        <translation>{location} wurde entfernt, während sie offen war, und konnte nicht zurückgeschrieben werden ({detail}). Lass dieses Fenster offen und gib den Ordner oder den Datenträger frei.</translation>
    </message>
    <message>
        <source>{location} is in use by another OKR Workshop window or program: nothing was changed. Try again in a moment, or close it there.</source>
        <translation>{location} wird von einem anderen OKR-Workshop-Fenster oder Programm benutzt: Nichts wurde geändert. Versuche es gleich noch einmal oder schließe sie dort.</translation>
    </message>
    <message>
        <source>The disk holding {location} is full. Free some space; nothing saved was lost.</source>
        <translation>Der Datenträger mit {location} ist voll. Schaffe Platz; nichts Gespeichertes ging verloren.</translation>
    </message>
    <message>
        <source>{location} cannot be written (read-only). Nothing saved was lost.</source>
        <translation>{location} kann nicht beschrieben werden (schreibgeschützt). Nichts Gespeichertes ging verloren.</translation>
    </message>
    <message>
        <source>{location} could not be written: {detail}</source>
        <translation>{location} konnte nicht geschrieben werden: {detail}</translation>
    </message>
    <message>
        <source>&quot;{scheme}://&quot; is not a kind of store OKR Workshop can use. Give a file path, or a PostgreSQL URL such as postgresql://user@host/okr.</source>
        <translation>„{scheme}://“ ist keine Art Speicher, die OKR Workshop nutzen kann. Gib einen Dateipfad an oder eine PostgreSQL-URL wie postgresql://user@host/okr.</translation>
    </message>
    <message>
        <source>A PostgreSQL store needs the PostgreSQL driver: install it with pip install &quot;okr-workshop[postgres]&quot;, then try again.</source>
        <translation>Ein PostgreSQL-Speicher braucht den PostgreSQL-Treiber: Installiere ihn mit pip install &quot;okr-workshop[postgres]&quot; und versuche es dann noch einmal.</translation>
    </message>
    <message>
        <source>{shown} is not a URL OKR Workshop can read: {detail}.</source>
        <translation>{shown} ist keine URL, die OKR Workshop lesen kann: {detail}.</translation>
    </message>
    <message>
        <source>The database {shown} holds another application&apos;s tables. Give OKR Workshop a database of its own (for example: createdb okr); nothing was changed.</source>
        <translation>Die Datenbank {shown} enthält Tabellen einer anderen Anwendung. Gib OKR Workshop eine eigene Datenbank (zum Beispiel: createdb okr); nichts wurde geändert.</translation>
    </message>
    <message>
        <source>The database {shown} belongs to another application, not OKR Workshop; nothing was changed. Give OKR Workshop a database of its own.</source>
        <translation>Die Datenbank {shown} gehört einer anderen Anwendung, nicht OKR Workshop; nichts wurde geändert. Gib OKR Workshop eine eigene Datenbank.</translation>
    </message>
    <message>
        <source>The database {shown} was saved by a newer version of OKR Workshop (schema {revision}). Update the app to open it; nothing was changed.</source>
        <translation>Die Datenbank {shown} wurde von einer neueren Version von OKR Workshop gespeichert (Schema {revision}). Aktualisiere die App, um sie zu öffnen; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>There is no database &quot;{name}&quot; on the server of {shown}. Create it there (createdb {name}) or correct the URL.</source>
        <translation>Auf dem Server von {shown} gibt es keine Datenbank „{name}“. Lege sie dort an (createdb {name}) oder korrigiere die URL.</translation>
    </message>
    <message>
        <source>The server refused the user of {shown} (wrong user name or password). Correct the URL, or ask the server&apos;s administrator for an account.</source>
        <translation>Der Server hat den Benutzer von {shown} abgewiesen (falscher Benutzername oder falsches Passwort). Korrigiere die URL oder bitte die Administration des Servers um ein Konto.</translation>
    </message>
    <message>
        <source>The user of {shown} may not create or change the workshop tables ({detail}). Ask the server&apos;s administrator to grant it.</source>
        <translation>Der Benutzer von {shown} darf die Workshop-Tabellen nicht anlegen oder ändern ({detail}). Bitte die Administration des Servers, es zu erlauben.</translation>
    </message>
    <message>
        <source>The PostgreSQL server of {shown} cannot be reached. Check the address and that the server is running, then try again.</source>
        <translation>Der PostgreSQL-Server von {shown} ist nicht erreichbar. Prüfe die Adresse und ob der Server läuft, und versuche es dann noch einmal.</translation>
    </message>
    <message>
        <source>{shown} is in use by another OKR Workshop window or program: nothing was changed. Try again in a moment.</source>
        <translation>{shown} wird von einem anderen OKR-Workshop-Fenster oder Programm benutzt: Nichts wurde geändert. Versuche es gleich noch einmal.</translation>
    </message>
    <message>
        <source>{shown} cannot be used: {detail}</source>
        <translation>{shown} kann nicht benutzt werden: {detail}</translation>
    </message>
    <message>
        <source>{path} is a folder, not an OKR Workshop file.</source>
        <translation>{path} ist ein Ordner, keine OKR-Workshop-Datei.</translation>
    </message>
    <message>
        <source>{path} was saved by a newer version of OKR Workshop (schema {revision}). Update the app to open it; the file was not changed.</source>
        <translation>{path} wurde von einer neueren Version von OKR Workshop gespeichert (Schema {revision}). Aktualisiere die App, um die Datei zu öffnen; sie wurde nicht verändert.</translation>
    </message>
    <message>
        <source>{path} cannot be opened: you do not have permission to read it. Ask its owner to share it with you, or open a copy; the file was not changed.</source>
        <translation>{path} lässt sich nicht öffnen: Du darfst die Datei nicht lesen. Bitte ihren Besitzer, sie mit dir zu teilen, oder öffne eine Kopie; die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>the file</source>
        <translation>die Datei</translation>
    </message>
    <message>
        <source>its folder</source>
        <translation>ihr Ordner</translation>
    </message>
    <message>
        <source>{path} is read-only ({where} cannot be written). Copy it to a folder you can write to and open the copy; the file was not changed.</source>
        <translation>{path} ist schreibgeschützt ({where} kann nicht beschrieben werden). Kopiere die Datei in einen Ordner, in den du schreiben kannst, und öffne die Kopie; die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>{path} cannot be opened: you do not have permission to read it; the file was not changed.</source>
        <translation>{path} lässt sich nicht öffnen: Du darfst die Datei nicht lesen; sie wurde nicht verändert.</translation>
    </message>
    <message>
        <source>{path} is not an OKR Workshop file (it is not a SQLite database).</source>
        <translation>{path} ist keine OKR-Workshop-Datei (sie ist keine SQLite-Datenbank).</translation>
    </message>
    <message>
        <source>{path} cannot be read: {detail}.</source>
        <translation>{path} lässt sich nicht lesen: {detail}.</translation>
    </message>
    <message>
        <source>{path} is damaged ({detail}). It was left as it is; open a backup or start a new file.</source>
        <translation>{path} ist beschädigt ({detail}). Die Datei blieb, wie sie ist; öffne eine Sicherung oder beginne eine neue Datei.</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>{path} is a SQLite database, but not an OKR Workshop file; it was left as it is.</source>
        <translation>{path} ist eine SQLite-Datenbank, aber keine OKR-Workshop-Datei; sie blieb, wie sie ist.</translation>
    </message>
    <message>
        <source>{path} is the database of another application, not an OKR Workshop file; it was left as it is. Open a workshop file, or give a new file name.</source>
        <translation>{path} ist die Datenbank einer anderen Anwendung, keine OKR-Workshop-Datei; sie blieb, wie sie ist. Öffne eine Workshop-Datei oder gib einen neuen Dateinamen an.</translation>
    </message>
    <message>
        <source>{path} is locked by another program or window. Close it there, then open it again; the file was not changed.</source>
        <translation>{path} ist von einem anderen Programm oder Fenster gesperrt. Schließe die Datei dort und öffne sie dann noch einmal; sie wurde nicht verändert.</translation>
    </message>
    <message>
        <source>{path} has no schema revision recorded; it was left as it is.</source>
        <translation>In {path} ist keine Schema-Revision vermerkt; die Datei blieb, wie sie ist.</translation>
    </message>
    <message>
        <source>The folder for {path} cannot be made: {detail}.</source>
        <translation>Der Ordner für {path} lässt sich nicht anlegen: {detail}.</translation>
    </message>
    <message>
        <source>{path} cannot be created: its folder is read-only. Choose a folder you can write to.</source>
        <translation>{path} lässt sich nicht anlegen: Der Ordner ist schreibgeschützt. Wähle einen Ordner, in den du schreiben kannst.</translation>
    </message>
    <message>
        <source>{path} was created by another window meanwhile; open it again.</source>
        <translation>{path} wurde inzwischen von einem anderen Fenster angelegt; öffne die Datei noch einmal.</translation>
    </message>
    <message>
        <source>{path} could not be created: the disk is full. Free some space, then start again; no file was left behind.</source>
        <translation>{path} konnte nicht angelegt werden: Der Datenträger ist voll. Schaffe Platz und beginne dann noch einmal; es blieb keine Datei zurück.</translation>
    </message>
    <message>
        <source>{path} could not be created ({detail}); no file was left behind.</source>
        <translation>{path} konnte nicht angelegt werden ({detail}); es blieb keine Datei zurück.</translation>
    </message>
    <message>
        <source>{path} needs an upgrade, but its copy could not be written ({detail}); the file was not changed.</source>
        <translation>{path} muss aktualisiert werden, aber die Sicherungskopie ließ sich nicht schreiben ({detail}); die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>Phones cannot reach {host}:{port}: {reason}</source>
        <translation>Telefone erreichen {host}:{port} nicht: {reason}</translation>
    </message>
    <message>
        <source>Phones cannot reach {host} on any free port: {reason}</source>
        <translation>Telefone erreichen {host} auf keinem freien Port: {reason}</translation>
    </message>
    <message>
        <source>The sheets are not written in {name}. Languages: {known}.</source>
        <translation>Die Bögen gibt es nicht auf {name}. Sprachen: {known}.</translation>
    </message>
    <message>
        <source>This cannot be put back: something added since, perhaps in another window, has taken its place.</source>
        <translation>Das lässt sich nicht zurückholen: Etwas, das seitdem hinzukam, vielleicht in einem anderen Fenster, hat seinen Platz eingenommen.</translation>
    </message>
</context>
<context>
    <name>AddStepDialog</name>
    <message>
        <source>Add a step</source>
        <translation>Schritt hinzufügen</translation>
    </message>
    <message>
        <source>Title of the new step</source>
        <translation>Titel des neuen Schritts</translation>
    </message>
    <message>
        <source>e.g. Coffee break</source>
        <translation>z. B. Kaffeepause</translation>
    </message>
    <message>
        <source>Planned minutes of the new step</source>
        <translation>Geplante Minuten des neuen Schritts</translation>
    </message>
    <message>
        <source>After “{0}”</source>
        <translation>Nach „{0}“</translation>
    </message>
    <message>
        <source>At the end of the agenda</source>
        <translation>Am Ende der Agenda</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>&amp;Minutes</source>
        <translation>&amp;Minuten</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Add the step</source>
        <translation>Schritt hinzufügen</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <source>Planned minutes (+ minutes added). Double-click or press F2 to change.</source>
        <translation>Geplante Minuten (+ hinzugefügte Minuten). Doppelklick oder F2 zum Ändern.</translation>
    </message>
</context>
<context>
    <name>AgendaView</name>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Enter goes to the step; F2 renames it or changes its minutes; Alt+Up and Alt+Down move it.</source>
        <translation>Enter geht zum Schritt; F2 benennt ihn um oder ändert seine Minuten; Alt+Hoch und Alt+Runter verschieben ihn.</translation>
    </message>
</context>
<context>
    <name>AskTheRoom</name>
    <message>
        <source>Hands up</source>
        <translation>Handzeichen</translation>
    </message>
    <message>
        <source>The criteria</source>
        <translation>Die Kriterien</translation>
    </message>
</context>
<context>
    <name>BallotModel</name>
    <message>
        <source>{0}: {1} of your votes</source>
        <translation>{0}: {1} eurer Stimmen</translation>
    </message>
    <message>
        <source>Vote for {0}, {1} of {2} votes left</source>
        <translation>Für {0} stimmen, noch {1} von {2} Stimmen</translation>
    </message>
</context>
<context>
    <name>BallotView</name>
    <message>
        <source>Your ballot</source>
        <translation>Dein Stimmzettel</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Why that did not happen</source>
        <translation>Warum das nicht passiert ist</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Dismiss the message</source>
        <translation>Meldung schließen</translation>
    </message>
</context>
<context>
    <name>BoothPage</name>
    <message>
        <source>Vote on the key results of</source>
        <translation>Abstimmung über die Key Results von</translation>
    </message>
    <message>
        <source>Key results of</source>
        <translation>Key Results von</translation>
    </message>
    <message>
        <source>Secret vote</source>
        <translation>Geheime Abstimmung</translation>
    </message>
    <message>
        <source>Open vote</source>
        <translation>Offene Abstimmung</translation>
    </message>
    <message>
        <source>Run-off</source>
        <translation>Stichwahl</translation>
    </message>
    <message>
        <source> (secret)</source>
        <translation> (geheim)</translation>
    </message>
    <message>
        <source>{0} {1} each</source>
        <translation>{0} {1} pro Person</translation>
    </message>
    <message>
        <source>{0} · {1}, at most {2} on one card</source>
        <translation>{0} · {1}, höchstens {2} auf einer Karte</translation>
    </message>
    <message>
        <source>There are no objectives yet. Make them from the objective vote, or draft one, then vote on its key results here.</source>
        <translation>Es gibt noch keine Objectives. Legt sie aus der Abstimmung über die Objectives fest oder formuliert eines, und stimmt dann hier über seine Key Results ab.</translation>
    </message>
    <message>
        <source>Back to the current vote</source>
        <translation>Zurück zur laufenden Abstimmung</translation>
    </message>
    <message>
        <source>Choose the settings, then open the vote.</source>
        <translation>Einstellungen wählen, dann die Abstimmung öffnen.</translation>
    </message>
    <message>
        <source>Close the vote</source>
        <translation>Abstimmung schließen</translation>
    </message>
    <message>
        <source>Show live totals</source>
        <translation>Zwischenstand zeigen</translation>
    </message>
    <message>
        <source>Vote on your phones</source>
        <translation>Auf den Handys abstimmen</translation>
    </message>
    <message>
        <source>Count on paper instead</source>
        <translation>Stattdessen auf Papier zählen</translation>
    </message>
    <message>
        <source>New round</source>
        <translation>Neue Runde</translation>
    </message>
    <message>
        <source>{0} is voting</source>
        <translation>{0} stimmt ab</translation>
    </message>
    <message>
        <source>Click or tap a card to put a dot on it; click its − to take one back. At most {0} on one card.</source>
        <translation>Klicke oder tippe auf eine Karte, um einen Punkt daraufzusetzen; mit ihrem − nimmst du ihn zurück. Höchstens {0} auf einer Karte.</translation>
    </message>
    <message>
        <source>Show the results</source>
        <translation>Ergebnisse zeigen</translation>
    </message>
    <message>
        <source>Back to the booth</source>
        <translation>Zurück zur Wahlkabine</translation>
    </message>
    <message>
        <source> · counts typed in</source>
        <translation> · Zahlen eingetippt</translation>
    </message>
    <message>
        <source>Voting is closed: {0} of {1} people voted. The totals stay hidden until you reveal them.</source>
        <translation>Die Abstimmung ist geschlossen: {0} von {1} Personen haben abgestimmt. Die Summen bleiben verborgen, bis ihr sie aufdeckt.</translation>
    </message>
    <message>
        <source>Open the vote again</source>
        <translation>Abstimmung wieder öffnen</translation>
    </message>
    <message>
        <source> · closed</source>
        <translation> · geschlossen</translation>
    </message>
    <message>
        <source>The run-off is closed: its result orders the tied cards.</source>
        <translation>Die Stichwahl ist geschlossen: Ihr Ergebnis ordnet die gleichauf liegenden Karten.</translation>
    </message>
    <message>
        <source>Make these our objectives</source>
        <translation>Das sind unsere Objectives</translation>
    </message>
    <message>
        <source>Pick these key results</source>
        <translation>Diese Key Results auswählen</translation>
    </message>
</context>
<context>
    <name>CardDialog</name>
    <message>
        <source>Post-it</source>
        <translation>Post-it</translation>
    </message>
    <message>
        <source>Text of the post-it</source>
        <translation>Text des Post-its</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <source>Prompted by</source>
        <translation>Angeregt durch</translation>
    </message>
    <message>
        <source>What prompted this post-it</source>
        <translation>Was dieses Post-it angeregt hat</translation>
    </message>
    <message>
        <source>Grouped here as duplicates</source>
        <translation>Hier als Duplikate gruppiert</translation>
    </message>
    <message>
        <source>Delete post-it</source>
        <translation>Post-it löschen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Take out</source>
        <translation>Herausnehmen</translation>
    </message>
    <message>
        <source>Take “{0}” out of this group</source>
        <translation>„{0}“ aus dieser Gruppe nehmen</translation>
    </message>
</context>
<context>
    <name>CardsModel</name>
    <message>
        <source>Grouped here: </source>
        <translation>Hier gruppiert: </translation>
    </message>
    <message>
        <source>Prompted by: {0}</source>
        <translation>Angeregt durch: {0}</translation>
    </message>
    <message>
        <source>, {0} grouped here</source>
        <translation>, {0} hier gruppiert</translation>
    </message>
    <message>
        <source>{0} ({1} post-it{2})</source>
        <translation>{0} ({1} Post-it{2})</translation>
    </message>
    <message>
        <source>something no longer on the boards</source>
        <translation>etwas, das nicht mehr auf den Boards ist</translation>
    </message>
</context>
<context>
    <name>CardsView</name>
    <message>
        <source>Post-its</source>
        <translation>Post-its</translation>
    </message>
</context>
<context>
    <name>ChampionsPage</name>
    <message>
        <source>Key result champions</source>
        <translation>Champions für die Key Results</translation>
    </message>
    <message>
        <source>Give each picked key result one champion: drag a person onto it, or pick them from its list. Keep an eye on how much each person carries.</source>
        <translation>Gebt jedem ausgewählten Key Result einen Champion: Zieht eine Person darauf oder wählt sie aus seiner Liste. Achtet darauf, wie viel jede Person trägt.</translation>
    </message>
    <message>
        <source>The team&apos;s OKR champion</source>
        <translation>Der OKR-Champion des Teams</translation>
    </message>
    <message>
        <source>What to look at</source>
        <translation>Worauf ihr achten solltet</translation>
    </message>
    <message>
        <source>Every picked key result has a champion, and no one carries too many.</source>
        <translation>Jedes ausgewählte Key Result hat einen Champion, und niemand trägt zu viele.</translation>
    </message>
    <message>
        <source>No key results yet: write and pick them in the earlier steps.</source>
        <translation>Noch keine Key Results: Schreibt und wählt sie in den Schritten davor.</translation>
    </message>
    <message>
        <source>The team&apos;s OKR &amp;champion</source>
        <translation>Der OKR-&amp;Champion des Teams</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>None picked yet: every candidate is shown.</source>
        <translation>Noch keines ausgewählt: Alle Kandidaten werden gezeigt.</translation>
    </message>
</context>
<context>
    <name>Cockpit</name>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Add a step to the agenda first.</source>
        <translation>Zuerst einen Schritt zur Agenda hinzufügen.</translation>
    </message>
    <message>
        <source>That step is no longer on the agenda.</source>
        <translation>Dieser Schritt ist nicht mehr auf der Agenda.</translation>
    </message>
    <message>
        <source>Exporting sheets is not available in this version.</source>
        <translation>Das Exportieren von Bögen gibt es in dieser Version nicht.</translation>
    </message>
    <message>
        <source>All changes saved · {0:%H:%M}</source>
        <translation>Alle Änderungen gespeichert · {0:%H:%M}</translation>
    </message>
    <message>
        <source>Not saved: {0}</source>
        <translation>Nicht gespeichert: {0}</translation>
    </message>
</context>
<context>
    <name>CockpitActions</name>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Start or pause</source>
        <translation>Starten oder pausieren</translation>
    </message>
    <message>
        <source>+1 min</source>
        <translation>+1 Min.</translation>
    </message>
    <message>
        <source>+5 min</source>
        <translation>+5 Min.</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation>Vorheriger Schritt</translation>
    </message>
    <message>
        <source>Sound on</source>
        <translation>Ton an</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Stumm</translation>
    </message>
    <message>
        <source>Presenter view</source>
        <translation>Präsentationsansicht</translation>
    </message>
    <message>
        <source>Presenter view on or off</source>
        <translation>Präsentationsansicht an oder aus</translation>
    </message>
    <message>
        <source>Leave the presenter view</source>
        <translation>Präsentationsansicht verlassen</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>Skip or put back</source>
        <translation>Überspringen oder zurückholen</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Change minutes</source>
        <translation>Minuten ändern</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>Add a step…</source>
        <translation>Schritt hinzufügen …</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected step (in the agenda)</source>
        <translation>Den gewählten Schritt entfernen (in der Agenda)</translation>
    </message>
    <message>
        <source>Move on by itself 1 min after zero</source>
        <translation>1 Min. nach null von selbst weitergehen</translation>
    </message>
    <message>
        <source>End of the day…</source>
        <translation>Ende des Tages …</translation>
    </message>
    <message>
        <source>Go to the agenda</source>
        <translation>Zur Agenda</translation>
    </message>
    <message>
        <source>Put the keyboard in the agenda</source>
        <translation>Die Tastatur in die Agenda setzen</translation>
    </message>
    <message>
        <source>Show the agenda</source>
        <translation>Agenda zeigen</translation>
    </message>
    <message>
        <source>Give the page the whole width</source>
        <translation>Der Seite die ganze Breite geben</translation>
    </message>
    <message>
        <source>Embedding worksheet…</source>
        <translation>Arbeitsblatt zur Verankerung …</translation>
    </message>
    <message>
        <source>Add the embedding worksheet as a step</source>
        <translation>Das Arbeitsblatt zur Verankerung als Schritt hinzufügen</translation>
    </message>
    <message>
        <source>Export sheets…</source>
        <translation>Bögen exportieren …</translation>
    </message>
    <message>
        <source>Import table…</source>
        <translation>Tabelle importieren …</translation>
    </message>
    <message>
        <source>Import a table (CSV or XLSX)</source>
        <translation>Eine Tabelle importieren (CSV oder XLSX)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Timer</source>
        <translation>&amp;Timer</translation>
    </message>
    <message>
        <source>&amp;Agenda</source>
        <translation>&amp;Agenda</translation>
    </message>
    <message>
        <source>Undo {0}</source>
        <translation>Rückgängig: {0}</translation>
    </message>
    <message>
        <source>Redo {0}</source>
        <translation>Wiederholen: {0}</translation>
    </message>
    <message>
        <source>Nothing to undo yet</source>
        <translation>Noch nichts rückgängig zu machen</translation>
    </message>
    <message>
        <source>Nothing to redo</source>
        <translation>Nichts zu wiederholen</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Pause the timer (Space)</source>
        <translation>Den Timer anhalten (Leertaste)</translation>
    </message>
    <message>
        <source>Start the timer (Space)</source>
        <translation>Den Timer starten (Leertaste)</translation>
    </message>
    <message>
        <source>Add a step to the agenda first</source>
        <translation>Zuerst einen Schritt zur Agenda hinzufügen</translation>
    </message>
    <message>
        <source>Give this step {0} more ({1})</source>
        <translation>Diesem Schritt {0} mehr geben ({1})</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Abschließen</translation>
    </message>
    <message>
        <source>Finish this step and go to the next one (Ctrl+Right)</source>
        <translation>Diesen Schritt abschließen und zum nächsten gehen (Strg+Rechts)</translation>
    </message>
    <message>
        <source>Every step is done or skipped</source>
        <translation>Jeder Schritt ist erledigt oder übersprungen</translation>
    </message>
    <message>
        <source>Go back to the step before (Ctrl+Left)</source>
        <translation>Zum Schritt davor zurückgehen (Strg+Links)</translation>
    </message>
    <message>
        <source>This is the first step</source>
        <translation>Das ist der erste Schritt</translation>
    </message>
    <message>
        <source>Put back</source>
        <translation>Zurückholen</translation>
    </message>
    <message>
        <source>Put “{0}” back on the agenda (Ctrl+K)</source>
        <translation>„{0}“ zurück auf die Agenda holen (Strg+K)</translation>
    </message>
    <message>
        <source>Skip “{0}” (Ctrl+K)</source>
        <translation>„{0}“ überspringen (Strg+K)</translation>
    </message>
    <message>
        <source>Sound off</source>
        <translation>Ton aus</translation>
    </message>
    <message>
        <source>The time-up sound is muted; Ctrl+M turns it on</source>
        <translation>Der Ton bei Zeitende ist stumm; Strg+M schaltet ihn ein</translation>
    </message>
    <message>
        <source>A sound plays when time is up; Ctrl+M mutes it</source>
        <translation>Ein Ton erklingt, wenn die Zeit um ist; Strg+M schaltet ihn stumm</translation>
    </message>
</context>
<context>
    <name>CommsPlanPage</name>
    <message>
        <source>Communications plan</source>
        <translation>Kommunikationsplan</translation>
    </message>
    <message>
        <source>Plan who hears about these OKRs, what they need to hear, how, when, and who tells them.</source>
        <translation>Plant, wer von diesen OKRs erfährt, was sie hören müssen, wie, wann und wer es ihnen sagt.</translation>
    </message>
    <message>
        <source>The communications plan</source>
        <translation>Der Kommunikationsplan</translation>
    </message>
    <message>
        <source>Nobody is on the plan yet: add the first line below.</source>
        <translation>Noch steht niemand im Plan: Fügt unten die erste Zeile hinzu.</translation>
    </message>
    <message>
        <source>New line: {0}</source>
        <translation>Neue Zeile: {0}</translation>
    </message>
    <message>
        <source>Add to the plan</source>
        <translation>Zum Plan hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the chosen line of the plan</source>
        <translation>Die gewählte Zeile des Plans entfernen</translation>
    </message>
    <message>
        <source>Add a line</source>
        <translation>Zeile hinzufügen</translation>
    </message>
</context>
<context>
    <name>CrashReporter</name>
    <message>
        <source> The details are also in {0}.</source>
        <translation> Die Details stehen auch in {0}.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong ({0}: {1}). Everything up to your last action is saved, and you can carry on. If it happens again, send the details below to whoever looks after the app.{2}</source>
        <translation>Etwas Unerwartetes ist schiefgegangen ({0}: {1}). Alles bis zu eurer letzten Aktion ist gespeichert, und ihr könnt weitermachen. Passiert es wieder, schickt die Details unten an die Person, die sich um die App kümmert.{2}</translation>
    </message>
</context>
<context>
    <name>CriterionRow</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>{0}: yes</source>
        <translation>{0}: ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>{0}: no</source>
        <translation>{0}: nein</translation>
    </message>
</context>
<context>
    <name>CustomStepPage</name>
    <message>
        <source>A step of the facilitator&apos;s own: run it on a whiteboard or on paper, with the timer above.</source>
        <translation>Ein eigener Schritt der Moderation: Führt ihn am Whiteboard oder auf Papier durch, mit dem Timer oben.</translation>
    </message>
    <message>
        <source>No step</source>
        <translation>Kein Schritt</translation>
    </message>
    <message>
        <source>Add a step to the agenda to begin.</source>
        <translation>Fügt der Agenda einen Schritt hinzu, um zu beginnen.</translation>
    </message>
    <message>
        <source>, {0} min added</source>
        <translation>, {0} Min. hinzugefügt</translation>
    </message>
    <message>
        <source> · optional</source>
        <translation> · optional</translation>
    </message>
    <message>
        <source>{0} min planned{1}{2}</source>
        <translation>{0} Min. geplant{1}{2}</translation>
    </message>
    <message>
        <source>Step page: {0}</source>
        <translation>Seite des Schritts: {0}</translation>
    </message>
</context>
<context>
    <name>CycleWindow</name>
    <message>
        <source>Check-ins and review — {0}{1}</source>
        <translation>Check-ins und Review — {0}{1}</translation>
    </message>
    <message>
        <source>Check-ins and review</source>
        <translation>Check-ins und Review</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Print the sheets…</source>
        <translation>Bögen drucken …</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>DraftingPage</name>
    <message>
        <source>Draft the objective</source>
        <translation>Das Objective formulieren</translation>
    </message>
    <message>
        <source>Word the chosen idea as one clear objective and say why it matters. The checks on the right update as you type.</source>
        <translation>Formuliert die gewählte Idee als ein klares Objective und sagt, warum es wichtig ist. Die Prüfungen rechts laufen beim Tippen mit.</translation>
    </message>
    <message>
        <source>Objectives, ranked</source>
        <translation>Objectives, nach Rang</translation>
    </message>
    <message>
        <source>New objective</source>
        <translation>Neues Objective</translation>
    </message>
    <message>
        <source>Another objective…</source>
        <translation>Noch ein Objective …</translation>
    </message>
    <message>
        <source>Add objective</source>
        <translation>Objective hinzufügen</translation>
    </message>
    <message>
        <source>No objectives yet. Type one below, or take the winners of the objective vote.</source>
        <translation>Noch keine Objectives. Tippt unten eines ein oder übernehmt die Gewinner der Abstimmung über die Objectives.</translation>
    </message>
</context>
<context>
    <name>EndTimeDialog</name>
    <message>
        <source>End of the day</source>
        <translation>Ende des Tages</translation>
    </message>
    <message>
        <source>The workshop must end by</source>
        <translation>Der Workshop muss enden um</translation>
    </message>
    <message>
        <source>Time the workshop must end by</source>
        <translation>Uhrzeit, zu der der Workshop enden muss</translation>
    </message>
    <message>
        <source>With an end time, the timer bar says how far past it the day would run and which later steps could give time back.</source>
        <translation>Mit einer Endzeit zeigt die Zeitleiste, wie weit der Tag darüber hinausginge und welche späteren Schritte Zeit abgeben könnten.</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Festlegen</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Print sheets</source>
        <translation>Bögen drucken</translation>
    </message>
    <message>
        <source>Each sheet becomes a PDF file you can print, pin up or share. Blank sheets are for a workshop on paper. The final OKRs also go out as one file for a wiki, a tracker or a spreadsheet.</source>
        <translation>Jeder Bogen wird eine PDF-Datei zum Drucken, Aufhängen oder Teilen. Leere Bögen sind für einen Workshop auf Papier. Die fertigen OKRs gehen auch als eine Datei für ein Wiki, einen Tracker oder eine Tabellenkalkulation hinaus.</translation>
    </message>
    <message>
        <source>What to write</source>
        <translation>Was geschrieben wird</translation>
    </message>
    <message>
        <source>Language of the sheets</source>
        <translation>Sprache der Bögen</translation>
    </message>
    <message>
        <source>Sheets</source>
        <translation>Bögen</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Papierformat</translation>
    </message>
    <message>
        <source>&amp;Filled in from this workshop</source>
        <translation>&amp;Ausgefüllt aus diesem Workshop</translation>
    </message>
    <message>
        <source>&amp;Blank, to fill in by hand</source>
        <translation>&amp;Leer, zum Ausfüllen von Hand</translation>
    </message>
    <message>
        <source>Folder for the PDF files</source>
        <translation>Ordner für die PDF-Dateien</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>Aus&amp;wählen …</translation>
    </message>
    <message>
        <source>Choose the folder</source>
        <translation>Ordner auswählen</translation>
    </message>
    <message>
        <source>&amp;Write</source>
        <translation>&amp;Schreiben</translation>
    </message>
    <message>
        <source>&amp;Paper</source>
        <translation>&amp;Papier</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>&amp;Language of the sheets</source>
        <translation>S&amp;prache der Bögen</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Files written</source>
        <translation>Geschriebene Dateien</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>&amp;Show the folder</source>
        <translation>Ordner &amp;zeigen</translation>
    </message>
    <message>
        <source>Folder for the sheets</source>
        <translation>Ordner für die Bögen</translation>
    </message>
    <message>
        <source>Tick at least one sheet to print.</source>
        <translation>Mindestens einen Bogen zum Drucken ankreuzen.</translation>
    </message>
    <message>
        <source>Choose a folder for the PDF files.</source>
        <translation>Einen Ordner für die PDF-Dateien wählen.</translation>
    </message>
    <message>
        <source>The folder {0} cannot be made: {1}.</source>
        <translation>Der Ordner {0} lässt sich nicht anlegen: {1}.</translation>
    </message>
    <message>
        <source>{0} was not written: {1}.</source>
        <translation>{0} wurde nicht geschrieben: {1}.</translation>
    </message>
    <message>
        <source>Create the folder?</source>
        <translation>Ordner anlegen?</translation>
    </message>
    <message>
        <source>The folder {0} does not exist. Create it and write the sheets there?</source>
        <translation>Den Ordner {0} gibt es nicht. Soll er angelegt und die Bögen dort hineingeschrieben werden?</translation>
    </message>
    <message>
        <source>Choose a folder for the PDF files, or let the app create it.</source>
        <translation>Einen Ordner für die PDF-Dateien wählen oder die App ihn anlegen lassen.</translation>
    </message>
    <message>
        <source>Wrote 1 file in {0}.</source>
        <translation>1 Datei in {0} geschrieben.</translation>
    </message>
    <message>
        <source>Wrote {0} files in {1}.</source>
        <translation>{0} Dateien in {1} geschrieben.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Open {0}</source>
        <translation>{0} öffnen</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Drucken …</translation>
    </message>
    <message>
        <source>Print {0}</source>
        <translation>{0} drucken</translation>
    </message>
    <message>
        <source>No program opened {0}. Open it from the folder {1}, or install {2}.</source>
        <translation>Kein Programm hat {0} geöffnet. Öffnet die Datei aus dem Ordner {1} oder installiert {2}.</translation>
    </message>
    <message>
        <source>a program that opens it</source>
        <translation>ein Programm, das sie öffnet</translation>
    </message>
    <message>
        <source>browser</source>
        <translation>Browser</translation>
    </message>
    <message>
        <source>PDF viewer</source>
        <translation>PDF-Betrachter</translation>
    </message>
    <message>
        <source>Opened {0} in your {1}: print it from there (Ctrl+P, or ⌘P).</source>
        <translation>{0} im {1} geöffnet: Druckt sie von dort (Strg+P oder ⌘P).</translation>
    </message>
    <message>
        <source>The folder {0} could not be shown.</source>
        <translation>Der Ordner {0} ließ sich nicht zeigen.</translation>
    </message>
</context>
<context>
    <name>FacilitatorBar</name>
    <message>
        <source>State of the vote</source>
        <translation>Stand der Abstimmung</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <source>What the checks notice</source>
        <translation>Was die Prüfungen bemerken</translation>
    </message>
    <message>
        <source>Nothing to fix here: it reads well.</source>
        <translation>Hier gibt es nichts zu beheben: Es liest sich gut.</translation>
    </message>
</context>
<context>
    <name>GridModel</name>
    <message>
        <source>Key result</source>
        <translation>Key Result</translation>
    </message>
    <message>
        <source>KR {0}, week {1}: {2}</source>
        <translation>KR {0}, Woche {1}: {2}</translation>
    </message>
</context>
<context>
    <name>HandsCounter</name>
    <message>
        <source>{0} The room&apos;s answer</source>
        <translation>{0} Die Antwort des Raums</translation>
    </message>
    <message>
        <source>Hands for {0}</source>
        <translation>Hände für {0}</translation>
    </message>
    <message>
        <source>One hand fewer for {0}</source>
        <translation>Eine Hand weniger für {0}</translation>
    </message>
    <message>
        <source>One more hand for {0}</source>
        <translation>Eine Hand mehr für {0}</translation>
    </message>
    <message>
        <source>→ Even: talk it through</source>
        <translation>→ Gleichstand: besprecht es</translation>
    </message>
    <message>
        <source>→ Not counted yet</source>
        <translation>→ Noch nicht gezählt</translation>
    </message>
</context>
<context>
    <name>HealthRow</name>
    <message>
        <source>Health of {0}</source>
        <translation>Zustand von {0}</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the health metric {0}</source>
        <translation>Die Gesundheitskennzahl {0} entfernen</translation>
    </message>
</context>
<context>
    <name>ImportTableDialog</name>
    <message>
        <source>Import {0}</source>
        <translation>{0} importieren</translation>
    </message>
    <message>
        <source>Import a table</source>
        <translation>Eine Tabelle importieren</translation>
    </message>
    <message>
        <source>What the rows are</source>
        <translation>Was die Zeilen sind</translation>
    </message>
    <message>
        <source>Rows to add</source>
        <translation>Zeilen zum Hinzufügen</translation>
    </message>
    <message>
        <source>Rows with a problem</source>
        <translation>Zeilen mit einem Problem</translation>
    </message>
    <message>
        <source>Add the good rows and leave out the others</source>
        <translation>Die guten Zeilen hinzufügen und die anderen weglassen</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>The rows are</source>
        <translation>Die Zeilen sind</translation>
    </message>
    <message>
        <source>{0}: {1} to add ({2})</source>
        <translation>{0}: {1} zum Hinzufügen ({2})</translation>
    </message>
    <message>
        <source>, {0} with a problem.</source>
        <translation>, {0} mit einem Problem.</translation>
    </message>
    <message>
        <source>{0} has no rows below its header.</source>
        <translation>{0} hat keine Zeilen unter der Kopfzeile.</translation>
    </message>
    <message>
        <source>Not imported: the columns </source>
        <translation>Nicht importiert: die Spalten </translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>{0} with a problem. Nothing is added while they are there: correct them in the file and import it again, or leave them out with the box below.</source>
        <translation>{0} mit einem Problem. Solange sie da sind, wird nichts hinzugefügt: Korrigiert sie in der Datei und importiert sie erneut, oder lasst sie mit dem Kästchen unten weg.</translation>
    </message>
    <message>
        <source>{0} with a problem: correct them in the file and import it again.</source>
        <translation>{0} mit einem Problem: Korrigiert sie in der Datei und importiert sie erneut.</translation>
    </message>
    <message>
        <source>Row {0}: {1}</source>
        <translation>Zeile {0}: {1}</translation>
    </message>
    <message>
        <source>Add the {0} without a problem and leave out the {1} with one</source>
        <translation>Die {0} ohne Problem hinzufügen und die {1} mit Problem weglassen</translation>
    </message>
    <message>
        <source>Add {0}</source>
        <translation>{0} hinzufügen</translation>
    </message>
</context>
<context>
    <name>InitiativesModel</name>
    <message>
        <source>Initiative</source>
        <translation>Initiative</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
</context>
<context>
    <name>InitiativesPage</name>
    <message>
        <source>Initiatives for each key result</source>
        <translation>Initiativen für jedes Key Result</translation>
    </message>
    <message>
        <source>List the projects and actions that should move each key result, who owns each one, and how much it matters: must, should, could or won&apos;t have.</source>
        <translation>Listet die Projekte und Maßnahmen, die jedes Key Result bewegen sollen, wer jeweils verantwortlich ist und wie wichtig sie sind: Muss, Soll, Kann oder Nicht dieses Mal.</translation>
    </message>
    <message>
        <source>Key results</source>
        <translation>Key Results</translation>
    </message>
    <message>
        <source>No key results yet: write and pick them in the earlier steps.</source>
        <translation>Noch keine Key Results: Schreibt und wählt sie in den Schritten davor.</translation>
    </message>
    <message>
        <source>None picked yet: every candidate is shown.</source>
        <translation>Noch keines ausgewählt: Alle Kandidaten werden gezeigt.</translation>
    </message>
    <message>
        <source>Initiatives of the chosen key result</source>
        <translation>Initiativen des gewählten Key Results</translation>
    </message>
    <message>
        <source>New initiative</source>
        <translation>Neue Initiative</translation>
    </message>
    <message>
        <source>A project or action that moves this number…</source>
        <translation>Ein Projekt oder eine Maßnahme, die diese Zahl bewegt …</translation>
    </message>
    <message>
        <source>Owner of the new initiative</source>
        <translation>Verantwortlich für die neue Initiative</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Add initiative</source>
        <translation>Initiative hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the chosen initiative</source>
        <translation>Die gewählte Initiative entfernen</translation>
    </message>
    <message>
        <source>Objective {0}, KR {1}:</source>
        <translation>Objective {0}, KR {1}:</translation>
    </message>
</context>
<context>
    <name>KeyResultEditor</name>
    <message>
        <source>The key result</source>
        <translation>Das Key Result</translation>
    </message>
    <message>
        <source>Who does what, by how much? For example: from 40 to 10 minutes.</source>
        <translation>Wer tut was, um wie viel? Zum Beispiel: von 40 auf 10 Minuten.</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Startwert</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Zielwert</translation>
    </message>
    <message>
        <source>by the end</source>
        <translation>bis zum Ende</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>%, minutes, teams…</source>
        <translation>%, Minuten, Teams …</translation>
    </message>
    <message>
        <source>How to measure</source>
        <translation>Wie gemessen wird</translation>
    </message>
    <message>
        <source>How do we count it, and how often?</source>
        <translation>Wie zählen wir es, und wie oft?</translation>
    </message>
    <message>
        <source>Data source</source>
        <translation>Datenquelle</translation>
    </message>
    <message>
        <source>Where does the number come from?</source>
        <translation>Woher kommt die Zahl?</translation>
    </message>
    <message>
        <source>What would count as…</source>
        <translation>Was zählt als …</translation>
    </message>
    <message>
        <source>&amp;Target</source>
        <translation>&amp;Zielwert</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>&amp;Einheit</translation>
    </message>
    <message>
        <source>&amp;Key result</source>
        <translation>&amp;Key Result</translation>
    </message>
    <message>
        <source>&amp;Baseline</source>
        <translation>&amp;Startwert</translation>
    </message>
    <message>
        <source>&amp;How to measure</source>
        <translation>&amp;Wie gemessen wird</translation>
    </message>
    <message>
        <source>&amp;Data source</source>
        <translation>&amp;Datenquelle</translation>
    </message>
</context>
<context>
    <name>KeyResultRow</name>
    <message>
        <source>Actual of KR {0}</source>
        <translation>Istwert von KR {0}</translation>
    </message>
    <message>
        <source>Confidence of KR {0}</source>
        <translation>Zuversicht für KR {0}</translation>
    </message>
    <message>
        <source>KR {0} status</source>
        <translation>Status von KR {0}</translation>
    </message>
    <message>
        <source>Note on KR {0}</source>
        <translation>Notiz zu KR {0}</translation>
    </message>
    <message>
        <source>a short note</source>
        <translation>eine kurze Notiz</translation>
    </message>
    <message>
        <source>⚠ Talk about it</source>
        <translation>⚠ Darüber sprechen</translation>
    </message>
    <message>
        <source>Key result of last cycle</source>
        <translation>Key Result des letzten Zyklus</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Urteil</translation>
    </message>
    <message>
        <source>Remove this key result</source>
        <translation>Dieses Key Result entfernen</translation>
    </message>
    <message>
        <source>Score for {0}</source>
        <translation>Bewertung für {0}</translation>
    </message>
</context>
<context>
    <name>KeyResultSlot</name>
    <message>
        <source>Champion of key result {0}</source>
        <translation>Champion von Key Result {0}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Opening the workshop file…</source>
        <translation>Die Workshop-Datei wird geöffnet …</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>Speicherstatus</translation>
    </message>
    <message>
        <source>&amp;Workshop</source>
        <translation>&amp;Workshop</translation>
    </message>
    <message>
        <source>Workshops in this file</source>
        <translation>Workshops in dieser Datei</translation>
    </message>
    <message>
        <source>New workshop…</source>
        <translation>Neuer Workshop …</translation>
    </message>
    <message>
        <source>Check-ins and review…</source>
        <translation>Check-ins und Review …</translation>
    </message>
    <message>
        <source>Open another file…</source>
        <translation>Andere Datei öffnen …</translation>
    </message>
    <message>
        <source>New file…</source>
        <translation>Neue Datei …</translation>
    </message>
    <message>
        <source>Import a workshop from a JSON document…</source>
        <translation>Workshop aus einem JSON-Dokument importieren…</translation>
    </message>
    <message>
        <source>Recent files</source>
        <translation>Zuletzt geöffnete Dateien</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Light theme</source>
        <translation>Helles Design</translation>
    </message>
    <message>
        <source>Dark theme</source>
        <translation>Dunkles Design</translation>
    </message>
    <message>
        <source>High contrast theme</source>
        <translation>Design mit hohem Kontrast</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>Keine zuletzt geöffneten Dateien</translation>
    </message>
    <message>
        <source>Presenter view</source>
        <translation>Präsentationsansicht</translation>
    </message>
    <message>
        <source>This file came from an older version and was upgraded; the old copy is {0}.</source>
        <translation>Diese Datei stammt aus einer älteren Version und wurde aktualisiert; die alte Kopie ist {0}.</translation>
    </message>
    <message>
        <source>Open a workshop file</source>
        <translation>Eine Workshop-Datei öffnen</translation>
    </message>
    <message>
        <source>New workshop file</source>
        <translation>Neue Workshop-Datei</translation>
    </message>
    <message>
        <source>Import a workshop from a JSON document</source>
        <translation>Workshop aus einem JSON-Dokument importieren</translation>
    </message>
    <message>
        <source>it is not UTF-8 text</source>
        <translation>sie ist kein UTF-8-Text</translation>
    </message>
    <message>
        <source>{0} cannot be read: {1}.</source>
        <translation>{0} lässt sich nicht lesen: {1}.</translation>
    </message>
    <message>
        <source>{0} was not imported: {1}</source>
        <translation>{0} wurde nicht importiert: {1}</translation>
    </message>
    <message>
        <source>That workshop is no longer in this file.</source>
        <translation>Dieser Workshop ist nicht mehr in dieser Datei.</translation>
    </message>
    <message>
        <source>All changes are saved as you make them</source>
        <translation>Alle Änderungen werden sofort gespeichert</translation>
    </message>
    <message>
        <source>Choose a workshop first, then its check-ins.</source>
        <translation>Zuerst einen Workshop wählen, dann seine Check-ins.</translation>
    </message>
</context>
<context>
    <name>MeasuresPage</name>
    <message>
        <source>Write measures of progress</source>
        <translation>Fortschrittsmaße schreiben</translation>
    </message>
    <message>
        <source>Everyone suggests numbers that would show the objective coming true: who does what, by how much, from what baseline.</source>
        <translation>Alle schlagen Zahlen vor, die zeigen würden, dass das Objective wahr wird: Wer tut was, um wie viel, von welchem Startwert aus.</translation>
    </message>
    <message>
        <source>There is no objective to measure yet: draft one in the step before.</source>
        <translation>Es gibt noch kein Objective zum Messen: Formuliert eines im Schritt davor.</translation>
    </message>
    <message>
        <source>Key result candidates</source>
        <translation>Kandidaten für Key Results</translation>
    </message>
    <message>
        <source>No candidates yet: type the first one below.</source>
        <translation>Noch keine Kandidaten: Tippt unten den ersten ein.</translation>
    </message>
    <message>
        <source>New key result</source>
        <translation>Neues Key Result</translation>
    </message>
    <message>
        <source>Another measure…</source>
        <translation>Noch ein Maß …</translation>
    </message>
    <message>
        <source>Add key result</source>
        <translation>Key Result hinzufügen</translation>
    </message>
    <message>
        <source>Remove this one</source>
        <translation>Dieses entfernen</translation>
    </message>
    <message>
        <source>Remove the chosen key result</source>
        <translation>Das gewählte Key Result entfernen</translation>
    </message>
    <message>
        <source>Import table…</source>
        <translation>Tabelle importieren …</translation>
    </message>
    <message>
        <source>Import key results from a table</source>
        <translation>Key Results aus einer Tabelle importieren</translation>
    </message>
    <message>
        <source>Key results from a CSV or XLSX file, under the objectives its Objective column names; without one they go to the objective chosen here</source>
        <translation>Key Results aus einer CSV- oder XLSX-Datei, unter den Objectives, die ihre Spalte Objective nennt; ohne diese Spalte kommen sie zum hier gewählten Objective</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Kandidaten</translation>
    </message>
</context>
<context>
    <name>MetricsModel</name>
    <message>
        <source> (in the OKR sweet spot)</source>
        <translation> (im OKR-Sweet-Spot)</translation>
    </message>
</context>
<context>
    <name>MinutesDelegate</name>
    <message>
        <source>Planned minutes</source>
        <translation>Geplante Minuten</translation>
    </message>
</context>
<context>
    <name>NewWorkshopForm</name>
    <message>
        <source>New workshop</source>
        <translation>Neuer Workshop</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>e.g. Customer support</source>
        <translation>z. B. Kundenservice</translation>
    </message>
    <message>
        <source>Mission</source>
        <translation>Mission</translation>
    </message>
    <message>
        <source>Why the team exists, in a sentence</source>
        <translation>Warum es das Team gibt, in einem Satz</translation>
    </message>
    <message>
        <source>Cycle label</source>
        <translation>Name des Zyklus</translation>
    </message>
    <message>
        <source>e.g. {0}</source>
        <translation>z. B. {0}</translation>
    </message>
    <message>
        <source>Cycle dates</source>
        <translation>Daten des Zyklus</translation>
    </message>
    <message>
        <source>First day of the cycle</source>
        <translation>Erster Tag des Zyklus</translation>
    </message>
    <message>
        <source>Last day of the cycle</source>
        <translation>Letzter Tag des Zyklus</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Vom</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Agenda template</source>
        <translation>Agenda-Vorlage</translation>
    </message>
    <message>
        <source>{0}, {1} min</source>
        <translation>{0}, {1} Min.</translation>
    </message>
    <message>
        <source>Add a participant</source>
        <translation>Teilnehmende hinzufügen</translation>
    </message>
    <message>
        <source>Problem with the new workshop</source>
        <translation>Problem mit dem neuen Workshop</translation>
    </message>
    <message>
        <source>Create and open the workshop</source>
        <translation>Workshop anlegen und öffnen</translation>
    </message>
    <message>
        <source>&amp;Team</source>
        <translation>&amp;Team</translation>
    </message>
    <message>
        <source>&amp;Mission</source>
        <translation>&amp;Mission</translation>
    </message>
    <message>
        <source>C&amp;ycle</source>
        <translation>&amp;Zyklus</translation>
    </message>
    <message>
        <source>A&amp;genda</source>
        <translation>A&amp;genda</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Open a workshop file first.</source>
        <translation>Zuerst eine Workshop-Datei öffnen.</translation>
    </message>
</context>
<context>
    <name>NextVoterScreen</name>
    <message>
        <source>Who votes next?</source>
        <translation>Wer stimmt als Nächstes ab?</translation>
    </message>
    <message>
        <source>Pick your name. Your votes are private: nobody sees them, and the screen clears when you hand over.</source>
        <translation>Wähle deinen Namen. Deine Stimmen sind geheim: Niemand sieht sie, und der Bildschirm leert sich, wenn du weitergibst.</translation>
    </message>
    <message>
        <source>has voted</source>
        <translation>hat abgestimmt</translation>
    </message>
    <message>
        <source>{0} {1} kept</source>
        <translation>{0} {1} behalten</translation>
    </message>
    <message>
        <source>{0}
not finished</source>
        <translation>{0}
nicht fertig</translation>
    </message>
    <message>
        <source>has not finished, {0}</source>
        <translation>ist nicht fertig, {0}</translation>
    </message>
    <message>
        <source>to vote</source>
        <translation>muss noch abstimmen</translation>
    </message>
    <message>
        <source>{0} of {1} have voted</source>
        <translation>{0} von {1} haben abgestimmt</translation>
    </message>
    <message>
        <source> · {0} not finished, their dots kept: pick the name to go on</source>
        <translation> · {0} nicht fertig, ihre Punkte bleiben: Wählt den Namen, um weiterzumachen</translation>
    </message>
</context>
<context>
    <name>NoteColumn</name>
    <message>
        <source>Notes: {0}</source>
        <translation>Notizen: {0}</translation>
    </message>
    <message>
        <source>Add to “{0}”, then Enter</source>
        <translation>Zu „{0}“ hinzufügen, dann Enter</translation>
    </message>
    <message>
        <source>New note for {0}</source>
        <translation>Neue Notiz für {0}</translation>
    </message>
    <message>
        <source>{0}: {1} notes</source>
        <translation>{0}: {1} Notizen</translation>
    </message>
    <message>
        <source>Type the note first, then press Enter.</source>
        <translation>Erst die Notiz tippen, dann Enter drücken.</translation>
    </message>
</context>
<context>
    <name>NoteDelegate</name>
    <message>
        <source>Edit the note</source>
        <translation>Notiz bearbeiten</translation>
    </message>
</context>
<context>
    <name>ObjectiveBox</name>
    <message>
        <source>Objective of last cycle</source>
        <translation>Objective des letzten Zyklus</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>Objective mean</source>
        <translation>Mittelwert des Objectives</translation>
    </message>
    <message>
        <source>Remove this objective</source>
        <translation>Dieses Objective entfernen</translation>
    </message>
    <message>
        <source>Type a key result of this objective, then Enter</source>
        <translation>Ein Key Result dieses Objectives eintippen, dann Enter</translation>
    </message>
    <message>
        <source>New key result of last cycle</source>
        <translation>Neues Key Result des letzten Zyklus</translation>
    </message>
    <message>
        <source>Add key result</source>
        <translation>Key Result hinzufügen</translation>
    </message>
    <message>
        <source>Add the key result typed on the left</source>
        <translation>Das links eingetippte Key Result hinzufügen</translation>
    </message>
    <message>
        <source>Mean of {0}: </source>
        <translation>Mittelwert von {0}: </translation>
    </message>
    <message>
        <source>not scored yet</source>
        <translation>noch nicht bewertet</translation>
    </message>
    <message>
        <source>Type the key result first, then press Enter.</source>
        <translation>Erst das Key Result tippen, dann Enter drücken.</translation>
    </message>
</context>
<context>
    <name>ObjectiveChooser</name>
    <message>
        <source>Objective</source>
        <translation>Objective</translation>
    </message>
</context>
<context>
    <name>ObjectiveEditor</name>
    <message>
        <source>The objective</source>
        <translation>Das Objective</translation>
    </message>
    <message>
        <source>Where do we want to be? Say it in words, without numbers.</source>
        <translation>Wo wollen wir hin? Sagt es in Worten, ohne Zahlen.</translation>
    </message>
    <message>
        <source>Why it matters</source>
        <translation>Warum es wichtig ist</translation>
    </message>
    <message>
        <source>Why is this worth a whole cycle of our time?</source>
        <translation>Warum ist das einen ganzen Zyklus unserer Zeit wert?</translation>
    </message>
    <message>
        <source>&amp;Objective</source>
        <translation>&amp;Objective</translation>
    </message>
    <message>
        <source>&amp;Why it matters</source>
        <translation>&amp;Warum es wichtig ist</translation>
    </message>
</context>
<context>
    <name>OwnerDelegate</name>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
</context>
<context>
    <name>PaperCountsDialog</name>
    <message>
        <source>Dots on paper ballots</source>
        <translation>Punkte auf Papierstimmzetteln</translation>
    </message>
    <message>
        <source>Count the dots on the paper ballots handed in and type them per card. They are added to the dots placed on phones and at the shared screen.</source>
        <translation>Zählt die Punkte auf den abgegebenen Papierstimmzetteln und tippt sie pro Karte ein. Sie kommen zu den Punkten auf den Handys und am gemeinsamen Bildschirm hinzu.</translation>
    </message>
    <message>
        <source>Paper dots for {0}</source>
        <translation>Papierpunkte für {0}</translation>
    </message>
    <message>
        <source>Add to the dots</source>
        <translation>Zu den Punkten hinzufügen</translation>
    </message>
</context>
<context>
    <name>PaperPage</name>
    <message>
        <source>Type in the paper sheet</source>
        <translation>Den Papierbogen abtippen</translation>
    </message>
    <message>
        <source>Key results in the order the sheet prints them, weeks across. Type a value, Return goes down the week, Tab across; Delete clears a cell.</source>
        <translation>Key Results in der Reihenfolge des Bogens, Wochen nach rechts. Einen Wert tippen: Return geht in der Woche nach unten, Tab nach rechts; Entf leert eine Zelle.</translation>
    </message>
    <message>
        <source>Type in the {0}</source>
        <translation>{0} abtippen</translation>
    </message>
    <message>
        <source>Confidence by key result and week</source>
        <translation>Zuversicht nach Key Result und Woche</translation>
    </message>
    <message>
        <source>{0} by key result and week</source>
        <translation>{0} nach Key Result und Woche</translation>
    </message>
    <message>
        <source>KR {0}, week {1}: {2}</source>
        <translation>KR {0}, Woche {1}: {2}</translation>
    </message>
</context>
<context>
    <name>PaperScreen</name>
    <message>
        <source>Counts from paper or a show of hands</source>
        <translation>Zahlen von Papier oder per Handzeichen</translation>
    </message>
    <message>
        <source>Count for {0}</source>
        <translation>Anzahl für {0}</translation>
    </message>
</context>
<context>
    <name>ParticipantRow</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Participant {0} name</source>
        <translation>Name von Teilnehmer:in {0}</translation>
    </message>
    <message>
        <source>Participant {0} role</source>
        <translation>Rolle von Teilnehmer:in {0}</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove participant {0}</source>
        <translation>Teilnehmer:in {0} entfernen</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <source>, the team&apos;s OKR champion</source>
        <translation>, der OKR-Champion des Teams</translation>
    </message>
</context>
<context>
    <name>PersonChip</name>
    <message>
        <source>no key results yet</source>
        <translation>noch keine Key Results</translation>
    </message>
    <message>
        <source>1 key result</source>
        <translation>1 Key Result</translation>
    </message>
    <message>
        <source>{0} key results</source>
        <translation>{0} Key Results</translation>
    </message>
</context>
<context>
    <name>PhoneVoteWindow</name>
    <message>
        <source>Vote on your phones</source>
        <translation>Auf den Handys abstimmen</translation>
    </message>
    <message>
        <source>QR code of the phone vote&apos;s address</source>
        <translation>QR-Code der Adresse für die Handy-Abstimmung</translation>
    </message>
    <message>
        <source>Scan the code, or open this address on the room&apos;s Wi-Fi:</source>
        <translation>Scannt den Code oder öffnet diese Adresse im WLAN des Raums:</translation>
    </message>
    <message>
        <source>Who has voted, by phone, at the screen or on paper. Never what.</source>
        <translation>Wer abgestimmt hat, per Handy, am Bildschirm oder auf Papier. Nie was.</translation>
    </message>
    <message>
        <source>Who has voted</source>
        <translation>Wer abgestimmt hat</translation>
    </message>
    <message>
        <source>Free this name</source>
        <translation>Diesen Namen freigeben</translation>
    </message>
    <message>
        <source>Let this person vote from another phone</source>
        <translation>Diese Person von einem anderen Handy abstimmen lassen</translation>
    </message>
    <message>
        <source>Handed in on paper</source>
        <translation>Auf Papier abgegeben</translation>
    </message>
    <message>
        <source>Laptop&apos;s address</source>
        <translation>Adresse des Laptops</translation>
    </message>
    <message>
        <source>The laptop&apos;s address on the room&apos;s network</source>
        <translation>Die Adresse des Laptops im Netzwerk des Raums</translation>
    </message>
    <message>
        <source>Paper ballots&apos; dots…</source>
        <translation>Punkte der Papierstimmzettel …</translation>
    </message>
    <message>
        <source>Add the dots on paper ballots to the round&apos;s dots</source>
        <translation>Die Punkte der Papierstimmzettel zu den Punkten der Runde hinzufügen</translation>
    </message>
    <message>
        <source>Copy codes to print</source>
        <translation>Codes zum Drucken kopieren</translation>
    </message>
    <message>
        <source>Codes people type instead of picking their name</source>
        <translation>Codes, die man eintippt, statt den eigenen Namen zu wählen</translation>
    </message>
    <message>
        <source>Stop phone voting</source>
        <translation>Handy-Abstimmung beenden</translation>
    </message>
    <message>
        <source>The round is closed: phone voting has stopped.</source>
        <translation>Die Runde ist geschlossen: Die Handy-Abstimmung ist beendet.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>{0} of {1} have voted</source>
        <translation>{0} von {1} haben abgestimmt</translation>
    </message>
    <message>
        <source>Not on paper after all</source>
        <translation>Doch nicht auf Papier</translation>
    </message>
    <message>
        <source>The codes are copied: paste them into a document and print one slip per person. Phones now ask for a code.</source>
        <translation>Die Codes sind kopiert: Fügt sie in ein Dokument ein und druckt einen Zettel pro Person. Die Handys fragen jetzt nach einem Code.</translation>
    </message>
</context>
<context>
    <name>PlannedKeyResult</name>
    <message>
        <source>no initiatives yet</source>
        <translation>noch keine Initiativen</translation>
    </message>
    <message>
        <source>1 initiative</source>
        <translation>1 Initiative</translation>
    </message>
    <message>
        <source>{0} initiatives</source>
        <translation>{0} Initiativen</translation>
    </message>
</context>
<context>
    <name>PostItDelegate</name>
    <message>
        <source>+{0} alike</source>
        <translation>+{0} ähnliche</translation>
    </message>
</context>
<context>
    <name>PostItPage</name>
    <message>
        <source>What would success look like? Objectives on post-its</source>
        <translation>Wie sähe Erfolg aus? Objectives auf Post-its</translation>
    </message>
    <message>
        <source>One objective per post-it: what would success look like this cycle? Drop a card on another to group duplicates; open a card (double-click or Enter) for its whole text, colour and what prompted it.</source>
        <translation>Ein Objective pro Post-it: Wie sähe Erfolg in diesem Zyklus aus? Legt eine Karte auf eine andere, um Duplikate zu gruppieren; öffnet eine Karte (Doppelklick oder Enter) für ihren ganzen Text, ihre Farbe und ihren Anlass.</translation>
    </message>
    <message>
        <source>Import table…</source>
        <translation>Tabelle importieren …</translation>
    </message>
    <message>
        <source>Import post-its from a table</source>
        <translation>Post-its aus einer Tabelle importieren</translation>
    </message>
    <message>
        <source>Post-its from a CSV or XLSX file, one row each</source>
        <translation>Post-its aus einer CSV- oder XLSX-Datei, eine Zeile pro Post-it</translation>
    </message>
    <message>
        <source>Write an objective candidate, then Enter</source>
        <translation>Einen Kandidaten für ein Objective schreiben, dann Enter</translation>
    </message>
    <message>
        <source>New post-it</source>
        <translation>Neues Post-it</translation>
    </message>
    <message>
        <source>for new post-its</source>
        <translation>für neue Post-its</translation>
    </message>
    <message>
        <source>What prompted the new post-it</source>
        <translation>Was das neue Post-it angeregt hat</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Add the post-it</source>
        <translation>Post-it hinzufügen</translation>
    </message>
    <message>
        <source>{0} post-its</source>
        <translation>{0} Post-its</translation>
    </message>
    <message>
        <source> · {0} grouped as duplicates</source>
        <translation> · {0} als Duplikate gruppiert</translation>
    </message>
    <message>
        <source>Retro, {0}: {1}</source>
        <translation>Retro, {0}: {1}</translation>
    </message>
    <message>
        <source>Last cycle&apos;s key result{0}: {1}</source>
        <translation>Key Result des letzten Zyklus{0}: {1}</translation>
    </message>
    <message>
        <source>Write the objective first, then press Enter.</source>
        <translation>Erst das Objective schreiben, dann Enter drücken.</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Öffnen …</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <source>Group into</source>
        <translation>Gruppieren in</translation>
    </message>
    <message>
        <source>Take out of the group</source>
        <translation>Aus der Gruppe nehmen</translation>
    </message>
    <message>
        <source>Prompted by</source>
        <translation>Angeregt durch</translation>
    </message>
</context>
<context>
    <name>PresenterView</name>
    <message>
        <source>OKR Workshop: presenter view</source>
        <translation>OKR Workshop: Präsentationsansicht</translation>
    </message>
    <message>
        <source>Presenter view</source>
        <translation>Präsentationsansicht</translation>
    </message>
    <message>
        <source>Time left in this step</source>
        <translation>Verbleibende Zeit in diesem Schritt</translation>
    </message>
    <message>
        <source>Time is up</source>
        <translation>Die Zeit ist um</translation>
    </message>
    <message>
        <source>The agenda is complete</source>
        <translation>Die Agenda ist abgeschlossen</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Next: {0}</source>
        <translation>Als Nächstes: {0}</translation>
    </message>
</context>
<context>
    <name>PriorityDelegate</name>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
</context>
<context>
    <name>QualityPage</name>
    <message>
        <source>There is nothing to check yet: draft an objective and its measures first.</source>
        <translation>Es gibt noch nichts zu prüfen: Formuliert zuerst ein Objective und seine Maße.</translation>
    </message>
    <message>
        <source>The whole set</source>
        <translation>Das Ganze</translation>
    </message>
    <message>
        <source>The set as a whole reads well.</source>
        <translation>Das Ganze liest sich gut.</translation>
    </message>
    <message>
        <source>Objective and key results</source>
        <translation>Objective und Key Results</translation>
    </message>
    <message>
        <source>No key results are picked yet: every candidate is shown.</source>
        <translation>Noch keine Key Results ausgewählt: Alle Kandidaten werden gezeigt.</translation>
    </message>
    <message>
        <source>Ask the room</source>
        <translation>Fragt den Raum</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>Objective: </source>
        <translation>Objective: </translation>
    </message>
    <message>
        <source>KR {0}: </source>
        <translation>KR {0}: </translation>
    </message>
</context>
<context>
    <name>RailPanel</name>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>{0} h {1:02d} min</source>
        <translation>{0} Std. {1:02d} Min.</translation>
    </message>
    <message>
        <source>{0} min</source>
        <translation>{0} Min.</translation>
    </message>
    <message>
        <source>{0} steps · {1} planned</source>
        <translation>{0} Schritte · {1} geplant</translation>
    </message>
</context>
<context>
    <name>RefresherPage</name>
    <message>
        <source>OKR refresher</source>
        <translation>OKR-Auffrischung</translation>
    </message>
</context>
<context>
    <name>ResultChart</name>
    <message>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>= tied</source>
        <translation>= gleichauf</translation>
    </message>
    <message>
        <source>✂ keep the top {0}</source>
        <translation>✂ die ersten {0} behalten</translation>
    </message>
</context>
<context>
    <name>ResultsScreen</name>
    <message>
        <source>Keep the top</source>
        <translation>Die ersten behalten</translation>
    </message>
    <message>
        <source>How many to keep above the cut line</source>
        <translation>Wie viele über der Schnittlinie bleiben</translation>
    </message>
    <message>
        <source>Drag the cut line on the chart, or type how many to keep.</source>
        <translation>Zieht die Schnittlinie im Diagramm oder tippt ein, wie viele bleiben.</translation>
    </message>
    <message>
        <source>Use the run-off&apos;s result</source>
        <translation>Das Ergebnis der Stichwahl übernehmen</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Nicht jetzt</translation>
    </message>
    <message>
        <source>Make these our objectives</source>
        <translation>Das sind unsere Objectives</translation>
    </message>
</context>
<context>
    <name>ResumeOffer</name>
    <message>
        <source>The timer stopped</source>
        <translation>Der Timer ist stehen geblieben</translation>
    </message>
    <message>
        <source>Carry on without them</source>
        <translation>Ohne sie weitermachen</translation>
    </message>
    <message>
        <source>The timer of “{0}” was running when the app stopped, {1} ago. Count that time on the step?</source>
        <translation>Der Timer von „{0}“ lief, als die App vor {1} beendet wurde. Soll diese Zeit dem Schritt angerechnet werden?</translation>
    </message>
    <message>
        <source>Count the {0} and carry on</source>
        <translation>Die {0} anrechnen und weitermachen</translation>
    </message>
</context>
<context>
    <name>RetroPage</name>
    <message>
        <source>Show the board {0}</source>
        <translation>Das Board {0} zeigen</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Move to</source>
        <translation>Verschieben nach</translation>
    </message>
</context>
<context>
    <name>ReviewColumn</name>
    <message>
        <source>{0} notes</source>
        <translation>{0}: Notizen</translation>
    </message>
    <message>
        <source>New {0} note</source>
        <translation>Neue Notiz: {0}</translation>
    </message>
    <message>
        <source>Add a note, then Return</source>
        <translation>Eine Notiz eintippen, dann Return</translation>
    </message>
    <message>
        <source>Goes on to the next cycle&apos;s retrospective</source>
        <translation>Geht in die Retrospektive des nächsten Zyklus</translation>
    </message>
    <message>
        <source>Settled: stays in this cycle</source>
        <translation>Erledigt: bleibt in diesem Zyklus</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>End of the cycle</source>
        <translation>Ende des Zyklus</translation>
    </message>
    <message>
        <source>Score each key result 0.0–1.0 (the suggestion comes from the last actual), answer the review questions, and say what to stop, start and continue.</source>
        <translation>Bewertet jedes Key Result von 0,0 bis 1,0 (der Vorschlag kommt vom letzten Istwert), beantwortet die Review-Fragen und sagt, was ihr beenden, beginnen und beibehalten wollt.</translation>
    </message>
    <message>
        <source>Use the suggested scores</source>
        <translation>Die vorgeschlagenen Bewertungen übernehmen</translation>
    </message>
    <message>
        <source>For every KR not scored yet</source>
        <translation>Für jedes noch nicht bewertete KR</translation>
    </message>
    <message>
        <source>Review questions</source>
        <translation>Review-Fragen</translation>
    </message>
    <message>
        <source>Ticked notes go on to the next workshop&apos;s retrospective.</source>
        <translation>Angehakte Notizen gehen in die Retrospektive des nächsten Workshops.</translation>
    </message>
    <message>
        <source>Start the next cycle…</source>
        <translation>Den nächsten Zyklus beginnen …</translation>
    </message>
    <message>
        <source>objective score: not scored yet</source>
        <translation>Bewertung des Objectives: noch nicht bewertet</translation>
    </message>
    <message>
        <source>objective score {0:.2f}</source>
        <translation>Bewertung des Objectives {0:.2f}</translation>
    </message>
    <message>
        <source>The next workshop starts with these scores in its Score step and these lessons in its retrospective.</source>
        <translation>Der nächste Workshop beginnt mit diesen Bewertungen in seinem Bewertungsschritt und diesen Lehren in seiner Retrospektive.</translation>
    </message>
    <message>
        <source>The next cycle is started: workshop {0}. Open it from the start screen.</source>
        <translation>Der nächste Zyklus hat begonnen: Workshop {0}. Öffnet ihn vom Startbildschirm aus.</translation>
    </message>
    <message>
        <source>Objective {0}: {1}</source>
        <translation>Objective {0}: {1}</translation>
    </message>
    <message>
        <source>Start the next cycle</source>
        <translation>Den nächsten Zyklus beginnen</translation>
    </message>
    <message>
        <source>The next cycle&apos;s name:</source>
        <translation>Name des nächsten Zyklus:</translation>
    </message>
</context>
<context>
    <name>ScoreBar</name>
    <message>
        <source>Not scored yet</source>
        <translation>Noch nicht bewertet</translation>
    </message>
    <message>
        <source>Scored {0}</source>
        <translation>Bewertet: {0}</translation>
    </message>
</context>
<context>
    <name>ScoreRow</name>
    <message>
        <source>Score of KR {0}</source>
        <translation>Bewertung von KR {0}</translation>
    </message>
    <message>
        <source>Verdict of KR {0}</source>
        <translation>Urteil zu KR {0}</translation>
    </message>
    <message>
        <source>Review note on KR {0}</source>
        <translation>Review-Notiz zu KR {0}</translation>
    </message>
    <message>
        <source>what the room says about it</source>
        <translation>was der Raum dazu sagt</translation>
    </message>
    <message>
        <source> · suggested score {0:.1f}</source>
        <translation> · vorgeschlagene Bewertung {0:.1f}</translation>
    </message>
    <message>
        <source>KR {0}: {1}</source>
        <translation>KR {0}: {1}</translation>
    </message>
</context>
<context>
    <name>ScoringPage</name>
    <message>
        <source>Score last cycle</source>
        <translation>Den letzten Zyklus bewerten</translation>
    </message>
    <message>
        <source>Bring in last cycle&apos;s OKRs</source>
        <translation>Die OKRs des letzten Zyklus übernehmen</translation>
    </message>
    <message>
        <source>Import table…</source>
        <translation>Tabelle importieren …</translation>
    </message>
    <message>
        <source>Import last cycle&apos;s scores from a table</source>
        <translation>Die Bewertungen des letzten Zyklus aus einer Tabelle importieren</translation>
    </message>
    <message>
        <source>Objectives, key results and scores from a CSV or XLSX file</source>
        <translation>Objectives, Key Results und Bewertungen aus einer CSV- oder XLSX-Datei</translation>
    </message>
    <message>
        <source>Type an objective of last cycle, then Enter</source>
        <translation>Ein Objective des letzten Zyklus eintippen, dann Enter</translation>
    </message>
    <message>
        <source>New objective of last cycle</source>
        <translation>Neues Objective des letzten Zyklus</translation>
    </message>
    <message>
        <source>Add objective</source>
        <translation>Objective hinzufügen</translation>
    </message>
    <message>
        <source>Add the objective typed on the left</source>
        <translation>Das links eingetippte Objective hinzufügen</translation>
    </message>
    <message>
        <source>No OKRs of last cycle here yet: bring them in with the button above, import them from a table, or type each objective below and then its key results.</source>
        <translation>Hier sind noch keine OKRs des letzten Zyklus: Übernehmt sie mit der Schaltfläche oben, importiert sie aus einer Tabelle oder tippt unten jedes Objective und dann seine Key Results ein.</translation>
    </message>
    <message>
        <source>No OKRs of last cycle here yet: import them from a table (objective, key result, score), or type each objective below, then its key results.</source>
        <translation>Hier sind noch keine OKRs des letzten Zyklus: Importiert sie aus einer Tabelle (Objective, Key Result, Bewertung) oder tippt unten jedes Objective und dann seine Key Results ein.</translation>
    </message>
    <message>
        <source>from the team&apos;s workshop of {0}{1}</source>
        <translation>aus dem Workshop des Teams vom {0}{1}</translation>
    </message>
    <message>
        <source>From the team&apos;s workshop of {0}{1}</source>
        <translation>Aus dem Workshop des Teams vom {0}{1}</translation>
    </message>
    <message>
        <source>below {0:.1f}</source>
        <translation>unter {0:.1f}</translation>
    </message>
    <message>
        <source>Type the objective first, then press Enter.</source>
        <translation>Erst das Objective tippen, dann Enter drücken.</translation>
    </message>
</context>
<context>
    <name>SealedScreen</name>
    <message>
        <source>Reveal the results</source>
        <translation>Ergebnisse aufdecken</translation>
    </message>
</context>
<context>
    <name>SetupScreen</name>
    <message>
        <source>Round settings</source>
        <translation>Einstellungen der Runde</translation>
    </message>
    <message>
        <source>Votes for each person</source>
        <translation>Stimmen pro Person</translation>
    </message>
    <message>
        <source>Most votes one person may put on one card</source>
        <translation>Höchstzahl an Stimmen, die eine Person auf eine Karte setzen darf</translation>
    </message>
    <message>
        <source>Secret: no totals until the facilitator reveals them</source>
        <translation>Geheim: keine Summen, bis die Moderation sie aufdeckt</translation>
    </message>
    <message>
        <source>Dots in the booth, one voter after the other</source>
        <translation>Punkte in der Wahlkabine, eine Person nach der anderen</translation>
    </message>
    <message>
        <source>Paper or show of hands: I type the counts</source>
        <translation>Papier oder Handzeichen: Ich tippe die Zahlen ein</translation>
    </message>
    <message>
        <source>On the ballot</source>
        <translation>Auf dem Stimmzettel</translation>
    </message>
    <message>
        <source>Open the vote</source>
        <translation>Abstimmung öffnen</translation>
    </message>
    <message>
        <source>key results</source>
        <translation>Key Results</translation>
    </message>
    <message>
        <source>On the ballot: {0} of {1} {2} (untick what should not be voted on)</source>
        <translation>Auf dem Stimmzettel: {0} von {1} {2} (Haken entfernen bei allem, worüber nicht abgestimmt werden soll)</translation>
    </message>
</context>
<context>
    <name>ShortcutsSheet</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Was es tut</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <source>OKR Workshop</source>
        <translation>OKR Workshop</translation>
    </message>
    <message>
        <source>Workshops in this file</source>
        <translation>Workshops in dieser Datei</translation>
    </message>
    <message>
        <source>No workshops in this file yet. Create the first one on the right.</source>
        <translation>Noch keine Workshops in dieser Datei. Legt rechts den ersten an.</translation>
    </message>
    <message>
        <source>Open the selected workshop</source>
        <translation>Den gewählten Workshop öffnen</translation>
    </message>
    <message>
        <source>Check-ins and review…</source>
        <translation>Check-ins und Review …</translation>
    </message>
    <message>
        <source>Check-ins and review of the selected workshop</source>
        <translation>Check-ins und Review des gewählten Workshops</translation>
    </message>
    <message>
        <source>The weekly check-ins, the trends and the end-of-cycle review (Ctrl+Shift+K)</source>
        <translation>Die wöchentlichen Check-ins, die Trends und das Review am Ende des Zyklus (Strg+Umschalt+K)</translation>
    </message>
    <message>
        <source>Open another file…</source>
        <translation>Andere Datei öffnen …</translation>
    </message>
    <message>
        <source>Open another workshop file</source>
        <translation>Eine andere Workshop-Datei öffnen</translation>
    </message>
    <message>
        <source>New file…</source>
        <translation>Neue Datei …</translation>
    </message>
    <message>
        <source>Start a new workshop file</source>
        <translation>Eine neue Workshop-Datei beginnen</translation>
    </message>
    <message>
        <source>File: {0}</source>
        <translation>Datei: {0}</translation>
    </message>
    <message>
        <source>No file open</source>
        <translation>Keine Datei geöffnet</translation>
    </message>
</context>
<context>
    <name>StepPages</name>
    <message>
        <source>Current step</source>
        <translation>Aktueller Schritt</translation>
    </message>
    <message>
        <source>The agenda is empty. Add a step to begin (Ctrl+Shift+N).</source>
        <translation>Die Agenda ist leer. Fügt einen Schritt hinzu, um zu beginnen (Strg+Umschalt+N).</translation>
    </message>
</context>
<context>
    <name>StepTabs</name>
    <message>
        <source>Parts of this step</source>
        <translation>Teile dieses Schritts</translation>
    </message>
</context>
<context>
    <name>StoryPage</name>
    <message>
        <source>OKR story: connect with the why</source>
        <translation>OKR-Story: den Bezug zum Warum herstellen</translation>
    </message>
    <message>
        <source>Tell the objective as a short story. Fill in what helps; every box is optional.</source>
        <translation>Erzählt das Objective als kurze Geschichte. Füllt aus, was hilft; jedes Feld ist freiwillig.</translation>
    </message>
    <message>
        <source>No objectives yet: this story is for the team as a whole.</source>
        <translation>Noch keine Objectives: Diese Geschichte gilt für das ganze Team.</translation>
    </message>
    <message>
        <source>Where this objective came from</source>
        <translation>Woher dieses Objective kommt</translation>
    </message>
    <message>
        <source>The post-it “{0}”, prompted by {1}.</source>
        <translation>Das Post-it „{0}“, angeregt durch {1}.</translation>
    </message>
</context>
<context>
    <name>TallyModel</name>
    <message>
        <source>, tied</source>
        <translation>, gleichauf</translation>
    </message>
    <message>
        <source>{0}: {1}, {2} votes{3}</source>
        <translation>{0}: {1}, {2} Stimmen{3}</translation>
    </message>
    <message>
        <source>{0}, kept</source>
        <translation>{0}, behalten</translation>
    </message>
    <message>
        <source>{0}, not now</source>
        <translation>{0}, nicht jetzt</translation>
    </message>
</context>
<context>
    <name>TieBox</name>
    <message>
        <source> at the cut line</source>
        <translation> an der Schnittlinie</translation>
    </message>
    <message>
        <source>Tied for {0}{1}: {2} votes each</source>
        <translation>Gleichauf um Platz {0}{1}: je {2} Stimmen</translation>
    </message>
    <message>
        <source>Order of the tied cards: drag, or Alt+Up and Alt+Down</source>
        <translation>Reihenfolge der gleichauf liegenden Karten: ziehen oder Alt+Hoch und Alt+Runter</translation>
    </message>
    <message>
        <source>Settle in this order</source>
        <translation>In dieser Reihenfolge festlegen</translation>
    </message>
    <message>
        <source>Run-off among these</source>
        <translation>Stichwahl zwischen diesen</translation>
    </message>
</context>
<context>
    <name>TimeOnOkrs</name>
    <message>
        <source>not decided yet</source>
        <translation>noch nicht entschieden</translation>
    </message>
    <message>
        <source>Share of our time spent on OKRs</source>
        <translation>Anteil unserer Zeit für OKRs</translation>
    </message>
</context>
<context>
    <name>TimerBar</name>
    <message>
        <source>Time left in this step</source>
        <translation>Verbleibende Zeit in diesem Schritt</translation>
    </message>
    <message>
        <source>Time is up</source>
        <translation>Die Zeit ist um</translation>
    </message>
    <message>
        <source>⚠ Almost time</source>
        <translation>⚠ Die Zeit ist fast um</translation>
    </message>
    <message>
        <source>Share of the step&apos;s time used</source>
        <translation>Anteil der verbrauchten Zeit des Schritts</translation>
    </message>
    <message>
        <source>Projected end of the workshop</source>
        <translation>Voraussichtliches Ende des Workshops</translation>
    </message>
    <message>
        <source> · paused</source>
        <translation> · pausiert</translation>
    </message>
    <message>
        <source> · agenda complete</source>
        <translation> · Agenda abgeschlossen</translation>
    </message>
</context>
<context>
    <name>TimerReading</name>
    <message>
        <source>No steps on the agenda</source>
        <translation>Keine Schritte auf der Agenda</translation>
    </message>
    <message>
        <source>Step {0} of {1}</source>
        <translation>Schritt {0} von {1}</translation>
    </message>
    <message>
        <source>Ends about {0} · {1}</source>
        <translation>Endet gegen {0} · {1}</translation>
    </message>
</context>
<context>
    <name>TimerWatch</name>
    <message>
        <source>Add a step to the agenda to start</source>
        <translation>Fügt der Agenda einen Schritt hinzu, um zu beginnen</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>Im Zeitplan</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <source>Trend of the selected key result</source>
        <translation>Trend des gewählten Key Results</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Istwert</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Zuversicht</translation>
    </message>
    <message>
        <source>The line to the target</source>
        <translation>Die Linie zum Zielwert</translation>
    </message>
</context>
<context>
    <name>TrendsPage</name>
    <message>
        <source>Trends</source>
        <translation>Trends</translation>
    </message>
    <message>
        <source>Each key result&apos;s actual against the line from baseline to target, and its confidence week by week. Marked ones are low on confidence or behind the line.</source>
        <translation>Der Istwert jedes Key Results gegen die Linie vom Startwert zum Zielwert, und seine Zuversicht Woche für Woche. Markiert sind die mit niedriger Zuversicht oder hinter der Linie.</translation>
    </message>
    <message>
        <source>Key results to talk about</source>
        <translation>Key Results zum Besprechen</translation>
    </message>
    <message>
        <source>Key results</source>
        <translation>Key Results</translation>
    </message>
    <message>
        <source>Solid: the actual, week by week. Dashed: the line from baseline to target. Bars: confidence, in the scale&apos;s colours; dotted: 0.4.</source>
        <translation>Durchgezogen: der Istwert, Woche für Woche. Gestrichelt: die Linie vom Startwert zum Zielwert. Balken: Zuversicht, in den Farben der Skala; gepunktet: 0,4.</translation>
    </message>
    <message>
        <source>KR {0}: {1}{2}</source>
        <translation>KR {0}: {1}{2}</translation>
    </message>
</context>
<context>
    <name>VerdictChip</name>
    <message>
        <source>{0}  not scored</source>
        <translation>{0}  nicht bewertet</translation>
    </message>
    <message>
        <source>not scored yet</source>
        <translation>noch nicht bewertet</translation>
    </message>
</context>
<context>
    <name>VoterScreen</name>
    <message>
        <source>Votes left</source>
        <translation>Übrige Stimmen</translation>
    </message>
    <message>
        <source>Done, hand over</source>
        <translation>Fertig, weitergeben</translation>
    </message>
    <message>
        <source>Clears the screen for the next voter</source>
        <translation>Leert den Bildschirm für die nächste Person</translation>
    </message>
    <message>
        <source>By keyboard: the arrows pick a card, Space places a dot, Backspace takes one back.</source>
        <translation>Mit der Tastatur: Die Pfeiltasten wählen eine Karte, die Leertaste setzt einen Punkt, die Rücktaste nimmt ihn zurück.</translation>
    </message>
    <message>
        <source>Votes left: {0} of {1}</source>
        <translation>Übrige Stimmen: {0} von {1}</translation>
    </message>
</context>
<context>
    <name>WeekPage</name>
    <message>
        <source>Weekly check-in</source>
        <translation>Wöchentlicher Check-in</translation>
    </message>
    <message>
        <source>For each key result: this week&apos;s actual, the confidence (1, 7, 4 or 0) and a note. Tab or Return moves on; Ctrl+Z undoes.</source>
        <translation>Für jedes Key Result: der Istwert dieser Woche, die Zuversicht (1, 7, 4 oder 0) und eine Notiz. Tab oder Return geht weiter; Strg+Z macht rückgängig.</translation>
    </message>
    <message>
        <source>Week </source>
        <translation>Woche </translation>
    </message>
    <message>
        <source>Week of the cycle</source>
        <translation>Woche des Zyklus</translation>
    </message>
    <message>
        <source>This workshop has no key results yet. Check-ins start once the workshop has chosen its OKRs.</source>
        <translation>Dieser Workshop hat noch keine Key Results. Die Check-ins beginnen, sobald der Workshop seine OKRs gewählt hat.</translation>
    </message>
    <message>
        <source>Operational health</source>
        <translation>Betriebliche Gesundheit</translation>
    </message>
    <message>
        <source>New health metric</source>
        <translation>Neue Gesundheitskennzahl</translation>
    </message>
    <message>
        <source>Add a health metric, then Return</source>
        <translation>Eine Gesundheitskennzahl eintippen, dann Return</translation>
    </message>
    <message>
        <source>Questions for the room</source>
        <translation>Fragen an den Raum</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Istwert</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Zuversicht</translation>
    </message>
    <message>
        <source>Objective {0}: {1}</source>
        <translation>Objective {0}: {1}</translation>
    </message>
</context>
<context>
    <name>WorksheetPage</name>
    <message>
        <source>Embedding OKR worksheet</source>
        <translation>Arbeitsblatt: OKRs im Team verankern</translation>
    </message>
    <message>
        <source>How the OKRs will live in the team after today. Fill in what the room agrees; every field is saved when you move on.</source>
        <translation>Wie die OKRs nach heute im Team weiterleben. Füllt aus, worauf sich der Raum einigt; jedes Feld wird gespeichert, sobald ihr weitergeht.</translation>
    </message>
    <message>
        <source>1. Team</source>
        <translation>1. Team</translation>
    </message>
    <message>
        <source>The team&apos;s name</source>
        <translation>Der Name des Teams</translation>
    </message>
    <message>
        <source>1. Mission</source>
        <translation>1. Mission</translation>
    </message>
    <message>
        <source>What the team is for, in a sentence</source>
        <translation>Wofür das Team da ist, in einem Satz</translation>
    </message>
    <message>
        <source>Use the team&apos;s OKR champion</source>
        <translation>Den OKR-Champion des Teams übernehmen</translation>
    </message>
    <message>
        <source>6. Dependency map</source>
        <translation>6. Abhängigkeiten</translation>
    </message>
    <message>
        <source>Who depends on whom</source>
        <translation>Wer von wem abhängt</translation>
    </message>
    <message>
        <source>How strong the dependency is</source>
        <translation>Wie stark die Abhängigkeit ist</translation>
    </message>
    <message>
        <source>The other team</source>
        <translation>Das andere Team</translation>
    </message>
    <message>
        <source>Which team?</source>
        <translation>Welches Team?</translation>
    </message>
    <message>
        <source>What the dependency is about</source>
        <translation>Worum es bei der Abhängigkeit geht</translation>
    </message>
    <message>
        <source>On what?</source>
        <translation>Wobei?</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Add the dependency</source>
        <translation>Abhängigkeit hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the chosen dependency</source>
        <translation>Die gewählte Abhängigkeit entfernen</translation>
    </message>
    <message>
        <source>11. Metrics map: {0}</source>
        <translation>11. Kennzahlen: {0}</translation>
    </message>
    <message>
        <source>Kind of metric</source>
        <translation>Art der Kennzahl</translation>
    </message>
    <message>
        <source>New metric</source>
        <translation>Neue Kennzahl</translation>
    </message>
    <message>
        <source>A metric we watch…</source>
        <translation>Eine Kennzahl, die wir beobachten …</translation>
    </message>
    <message>
        <source>In the sweet spot</source>
        <translation>Im Sweet Spot</translation>
    </message>
    <message>
        <source>The new metric is in the OKR sweet spot</source>
        <translation>Die neue Kennzahl liegt im OKR-Sweet-Spot</translation>
    </message>
    <message>
        <source>Add the metric</source>
        <translation>Kennzahl hinzufügen</translation>
    </message>
    <message>
        <source>Remove the chosen metric</source>
        <translation>Die gewählte Kennzahl entfernen</translation>
    </message>
    <message>
        <source>Team and mission</source>
        <translation>Team und Mission</translation>
    </message>
    <message>
        <source>How much of our time goes to OKRs?</source>
        <translation>Wie viel unserer Zeit geht in OKRs?</translation>
    </message>
    <message>
        <source>Dependency map</source>
        <translation>Abhängigkeiten</translation>
    </message>
    <message>
        <source>Metrics map</source>
        <translation>Kennzahlen</translation>
    </message>
    <message>
        <source>★ in the OKR sweet spot</source>
        <translation>★ im OKR-Sweet-Spot</translation>
    </message>
    <message>
        <source>Use {0}, the team&apos;s OKR champion</source>
        <translation>{0} übernehmen, den OKR-Champion des Teams</translation>
    </message>
    <message>
        <source>OKR champion</source>
        <translation>OKR-Champion</translation>
    </message>
</context>
<context>
    <name>agenda_model</name>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>Min.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>Done · {0} min</source>
        <translation>Erledigt · {0} Min.</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>Step {0}: {1}</source>
        <translation>Schritt {0}: {1}</translation>
    </message>
    <message>
        <source>{0} minutes</source>
        <translation>{0} Minuten</translation>
    </message>
    <message>
        <source>current step</source>
        <translation>aktueller Schritt</translation>
    </message>
</context>
<context>
    <name>board_commands</name>
    <message>
        <source>Add {0} to {1}</source>
        <translation>{0} zu {1} hinzufügen</translation>
    </message>
    <message>
        <source>Reword {0}</source>
        <translation>{0} umformulieren</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Verschieben</translation>
    </message>
    <message>
        <source>Move to {0}:</source>
        <translation>Verschieben nach {0}:</translation>
    </message>
    <message>
        <source>Delete {0}</source>
        <translation>{0} löschen</translation>
    </message>
    <message>
        <source>Add the post-it {0}</source>
        <translation>Das Post-it {0} hinzufügen</translation>
    </message>
    <message>
        <source>Reword the post-it {0}</source>
        <translation>Das Post-it {0} umformulieren</translation>
    </message>
    <message>
        <source>Make {0} {1}</source>
        <translation>{0} {1} färben</translation>
    </message>
    <message>
        <source>Move the post-it {0}</source>
        <translation>Das Post-it {0} verschieben</translation>
    </message>
    <message>
        <source>Take {0} out of its group</source>
        <translation>{0} aus der Gruppe nehmen</translation>
    </message>
    <message>
        <source>Group {0} into {1}</source>
        <translation>{0} in {1} gruppieren</translation>
    </message>
    <message>
        <source>Unlink {0} from what prompted it</source>
        <translation>{0} von seinem Anlass lösen</translation>
    </message>
    <message>
        <source>Link {0} to what prompted it</source>
        <translation>{0} mit seinem Anlass verbinden</translation>
    </message>
    <message>
        <source>Delete the post-it {0}</source>
        <translation>Das Post-it {0} löschen</translation>
    </message>
</context>
<context>
    <name>champions</name>
    <message>
        <source>— nobody yet —</source>
        <translation>— noch niemand —</translation>
    </message>
    <message>
        <source>People: drag one onto a key result</source>
        <translation>Personen: Zieht eine auf ein Key Result</translation>
    </message>
</context>
<context>
    <name>commands</name>
    <message>
        <source>Go to “{0}”</source>
        <translation>Zu „{0}“ gehen</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Abschließen</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>Put back</source>
        <translation>Zurückholen</translation>
    </message>
    <message>
        <source>Add {0} min to “{1}”</source>
        <translation>{0} Min. zu „{1}“ hinzufügen</translation>
    </message>
    <message>
        <source>Plan {0} min for “{1}”</source>
        <translation>{0} Min. für „{1}“ planen</translation>
    </message>
    <message>
        <source>Rename “{0}”</source>
        <translation>„{0}“ umbenennen</translation>
    </message>
    <message>
        <source>Move “{0}”</source>
        <translation>„{0}“ verschieben</translation>
    </message>
    <message>
        <source>Add the step “{0}”</source>
        <translation>Den Schritt „{0}“ hinzufügen</translation>
    </message>
    <message>
        <source>Remove “{0}”</source>
        <translation>„{0}“ entfernen</translation>
    </message>
    <message>
        <source>Change what happens at zero in “{0}”</source>
        <translation>Ändern, was bei null in „{0}“ passiert</translation>
    </message>
    <message>
        <source>No fixed end</source>
        <translation>Kein festes Ende</translation>
    </message>
    <message>
        <source>End the day by {0:%H:%M}</source>
        <translation>Den Tag bis {0:%H:%M} beenden</translation>
    </message>
    <message>
        <source>Finish “{0}”</source>
        <translation>„{0}“ abschließen</translation>
    </message>
    <message>
        <source>Next step after “{0}”</source>
        <translation>Nächster Schritt nach „{0}“</translation>
    </message>
    <message>
        <source>Skip “{0}”</source>
        <translation>„{0}“ überspringen</translation>
    </message>
    <message>
        <source>no confidence</source>
        <translation>keine Zuversicht</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>{0} for</source>
        <translation>{0} für</translation>
    </message>
    <message>
        <source>{0} KR {1}, week {2}</source>
        <translation>{0} KR {1}, Woche {2}</translation>
    </message>
    <message>
        <source>{0} (week {1})</source>
        <translation>{0} (Woche {1})</translation>
    </message>
    <message>
        <source>Add the health metric “{0}”</source>
        <translation>Die Gesundheitskennzahl „{0}“ hinzufügen</translation>
    </message>
    <message>
        <source>Remove the health metric “{0}”</source>
        <translation>Die Gesundheitskennzahl „{0}“ entfernen</translation>
    </message>
    <message>
        <source>no score</source>
        <translation>keine Bewertung</translation>
    </message>
    <message>
        <source>Score KR {0}: {1}</source>
        <translation>KR {0} bewerten: {1}</translation>
    </message>
    <message>
        <source>Use the suggested scores</source>
        <translation>Die vorgeschlagenen Bewertungen übernehmen</translation>
    </message>
    <message>
        <source>Review note of KR {0}</source>
        <translation>Review-Notiz zu KR {0}</translation>
    </message>
    <message>
        <source>Answer “{0}”</source>
        <translation>„{0}“ beantworten</translation>
    </message>
    <message>
        <source>Add “{0}” to {1}</source>
        <translation>„{0}“ zu {1} hinzufügen</translation>
    </message>
    <message>
        <source>Carry</source>
        <translation>Mitnehmen</translation>
    </message>
    <message>
        <source>Settle</source>
        <translation>Erledigen</translation>
    </message>
</context>
<context>
    <name>custom_step</name>
    <message>
        <source>A short reminder of what makes a good OKR: an objective says where the team wants to be, and each key result is a number that shows the team is getting there.</source>
        <translation>Eine kurze Erinnerung, was ein gutes OKR ausmacht: Ein Objective sagt, wo das Team hinwill, und jedes Key Result ist eine Zahl, die zeigt, dass das Team dorthin kommt.</translation>
    </message>
    <message>
        <source>Everyone proposes objectives, the room discusses them, then ranks them and keeps the few that matter most this cycle.</source>
        <translation>Alle schlagen Objectives vor, der Raum bespricht sie, bringt sie dann in eine Reihenfolge und behält die wenigen, die in diesem Zyklus am meisten zählen.</translation>
    </message>
    <message>
        <source>For each chosen objective, the room proposes ways to measure progress, then ranks them and keeps three to five key results.</source>
        <translation>Für jedes gewählte Objective schlägt der Raum Wege vor, den Fortschritt zu messen, bringt sie in eine Reihenfolge und behält drei bis fünf Key Results.</translation>
    </message>
    <message>
        <source>The room asks whether these OKRs stretch the team: would reaching them feel like a real step forward, not business as usual?</source>
        <translation>Der Raum fragt, ob diese OKRs das Team fordern: Wäre es ein echter Schritt nach vorn, sie zu erreichen, und nicht Tagesgeschäft?</translation>
    </message>
    <message>
        <source>Agree who does what next: owners, the first actions, when the team checks in, and how the OKRs are shared.</source>
        <translation>Vereinbart, wer als Nächstes was tut: Verantwortliche, die ersten Maßnahmen, wann das Team eincheckt und wie die OKRs geteilt werden.</translation>
    </message>
    <message>
        <source>Each key result of the last cycle gets its score, and the room talks about what the scores say.</source>
        <translation>Jedes Key Result des letzten Zyklus bekommt seine Bewertung, und der Raum bespricht, was die Bewertungen sagen.</translation>
    </message>
    <message>
        <source>What helped, what got in the way, what to change: the lessons the team carries into this cycle.</source>
        <translation>Was geholfen hat, was im Weg stand, was sich ändern soll: die Lehren, die das Team in diesen Zyklus mitnimmt.</translation>
    </message>
    <message>
        <source>Each person writes, one per post-it, what success would look like for the team this cycle, worded as an objective.</source>
        <translation>Jede Person schreibt, ein Gedanke pro Post-it, wie Erfolg für das Team in diesem Zyklus aussähe, formuliert als Objective.</translation>
    </message>
    <message>
        <source>Everyone places three dots on the objectives they favour; the most voted objective goes forward.</source>
        <translation>Alle setzen drei Punkte auf die Objectives, die sie bevorzugen; das Objective mit den meisten Stimmen geht weiter.</translation>
    </message>
    <message>
        <source>The room turns the chosen idea into one clear, inspiring objective and notes why it matters.</source>
        <translation>Der Raum macht aus der gewählten Idee ein klares, inspirierendes Objective und notiert, warum es wichtig ist.</translation>
    </message>
    <message>
        <source>Optional: tell the objective as a short story (who, what they want, what stands in the way, how it ends) to connect it with its why.</source>
        <translation>Optional: Erzählt das Objective als kurze Geschichte (wer, was sie wollen, was im Weg steht, wie es ausgeht), um es mit seinem Warum zu verbinden.</translation>
    </message>
    <message>
        <source>Everyone writes measures that would show the team is making progress towards the objective.</source>
        <translation>Alle schreiben Maße, die zeigen würden, dass das Team dem Objective näherkommt.</translation>
    </message>
    <message>
        <source>Each measure is checked and rewritten: hands up for outcome or output, and for leading or lagging.</source>
        <translation>Jedes Maß wird geprüft und überarbeitet: Handzeichen für Outcome oder Output und für vorlaufend oder nachlaufend.</translation>
    </message>
    <message>
        <source>The room votes on the measures with the greatest impact and keeps three to five of them as key results.</source>
        <translation>Der Raum stimmt über die Maße mit der größten Wirkung ab und behält drei bis fünf davon als Key Results.</translation>
    </message>
    <message>
        <source>The room polishes the wording, baselines and targets of the OKR.</source>
        <translation>Der Raum schärft Wortlaut, Startwerte und Zielwerte des OKR.</translation>
    </message>
    <message>
        <source>Each key result gets a champion who keeps it in view and brings it to every check-in.</source>
        <translation>Jedes Key Result bekommt einen Champion, der es im Blick behält und zu jedem Check-in mitbringt.</translation>
    </message>
    <message>
        <source>For each key result, the room lists the projects and actions that should move it, and sets their priority.</source>
        <translation>Für jedes Key Result listet der Raum die Projekte und Maßnahmen, die es bewegen sollen, und legt ihre Priorität fest.</translation>
    </message>
    <message>
        <source>Plan who hears about these OKRs, how, and when.</source>
        <translation>Plant, wer von diesen OKRs erfährt, wie und wann.</translation>
    </message>
    <message>
        <source>Close the day: what was decided, what comes next, and a short look back on how the workshop went.</source>
        <translation>Schließt den Tag ab: was entschieden wurde, was als Nächstes kommt, und ein kurzer Rückblick darauf, wie der Workshop lief.</translation>
    </message>
    <message>
        <source>A step the facilitator added to the agenda.</source>
        <translation>Ein Schritt, den die Moderation der Agenda hinzugefügt hat.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>OKR Workshop: unexpected problem</source>
        <translation>OKR Workshop: unerwartetes Problem</translation>
    </message>
</context>
<context>
    <name>export_dialog</name>
    <message>
        <source>OKR Workshop sheets</source>
        <translation>OKR-Workshop-Bögen</translation>
    </message>
    <message>
        <source>Print opens the file in your PDF viewer (a page in your browser); print it there with its Print command (Ctrl+P, or ⌘P on a Mac), which shows your system&apos;s print dialog.</source>
        <translation>Drucken öffnet die Datei im PDF-Betrachter (eine Seite im Browser); druckt sie dort mit dem Drucken-Befehl (Strg+P oder ⌘P auf dem Mac), der den Druckdialog des Systems zeigt.</translation>
    </message>
    <message>
        <source>PDF sheets to print</source>
        <translation>PDF-Bögen zum Drucken</translation>
    </message>
    <message>
        <source>The OKRs as Markdown, for a wiki (Confluence, Notion, Git)</source>
        <translation>Die OKRs als Markdown, für ein Wiki (Confluence, Notion, Git)</translation>
    </message>
    <message>
        <source>The OKRs as CSV, one row per key result (Jira, a spreadsheet)</source>
        <translation>Die OKRs als CSV, eine Zeile pro Key Result (Jira, Tabellenkalkulation)</translation>
    </message>
    <message>
        <source>The OKRs as an HTML page, to share or print</source>
        <translation>Die OKRs als HTML-Seite, zum Teilen oder Drucken</translation>
    </message>
    <message>
        <source>a PDF viewer</source>
        <translation>einen PDF-Betrachter</translation>
    </message>
    <message>
        <source>a text editor</source>
        <translation>einen Texteditor</translation>
    </message>
    <message>
        <source>a spreadsheet</source>
        <translation>eine Tabellenkalkulation</translation>
    </message>
    <message>
        <source>a web browser</source>
        <translation>einen Webbrowser</translation>
    </message>
</context>
<context>
    <name>import_table_dialog</name>
    <message>
        <source>Tables (*.csv *.xlsx *.tsv *.txt);;All files (*)</source>
        <translation>Tabellen (*.csv *.xlsx *.tsv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Post-it</source>
        <translation>Post-it</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objective</translation>
    </message>
    <message>
        <source>Key result</source>
        <translation>Key Result</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Startwert</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Zielwert</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>How to measure</source>
        <translation>Wie gemessen wird</translation>
    </message>
    <message>
        <source>Data source</source>
        <translation>Datenquelle</translation>
    </message>
    <message>
        <source>Champion</source>
        <translation>Champion</translation>
    </message>
    <message>
        <source>Post-its</source>
        <translation>Post-its</translation>
    </message>
    <message>
        <source>Last cycle&apos;s scores</source>
        <translation>Bewertungen des letzten Zyklus</translation>
    </message>
    <message>
        <source>Key results</source>
        <translation>Key Results</translation>
    </message>
    <message>
        <source>1 post-it</source>
        <translation>1 Post-it</translation>
    </message>
    <message>
        <source>{0} post-its</source>
        <translation>{0} Post-its</translation>
    </message>
    <message>
        <source>1 objective</source>
        <translation>1 Objective</translation>
    </message>
    <message>
        <source>{0} objectives</source>
        <translation>{0} Objectives</translation>
    </message>
    <message>
        <source>1 key result</source>
        <translation>1 Key Result</translation>
    </message>
    <message>
        <source>{0} key results</source>
        <translation>{0} Key Results</translation>
    </message>
    <message>
        <source>Import {0} from {1}</source>
        <translation>{0} aus {1} importieren</translation>
    </message>
    <message>
        <source>Import a table</source>
        <translation>Eine Tabelle importieren</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>{0} (new)</source>
        <translation>{0} (neu)</translation>
    </message>
    <message>
        <source>1 row</source>
        <translation>1 Zeile</translation>
    </message>
    <message>
        <source>{0} rows</source>
        <translation>{0} Zeilen</translation>
    </message>
</context>
<context>
    <name>main_window</name>
    <message>
        <source>OKR Workshop files (*.sqlite *.db);;All files (*)</source>
        <translation>OKR-Workshop-Dateien (*.sqlite *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>OKR Workshop documents (*.json);;All files (*)</source>
        <translation>OKR-Workshop-Dokumente (*.json);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>okr_commands</name>
    <message>
        <source>Add the objective “{0}”</source>
        <translation>Das Objective „{0}“ hinzufügen</translation>
    </message>
    <message>
        <source>the objective</source>
        <translation>das Objective</translation>
    </message>
    <message>
        <source>why it matters</source>
        <translation>warum es wichtig ist</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Nicht beantwortet</translation>
    </message>
    <message>
        <source>Edit {0}</source>
        <translation>{0} bearbeiten</translation>
    </message>
    <message>
        <source>Add the key result “{0}”</source>
        <translation>Das Key Result „{0}“ hinzufügen</translation>
    </message>
    <message>
        <source>Remove the key result “{0}”</source>
        <translation>Das Key Result „{0}“ entfernen</translation>
    </message>
    <message>
        <source>the key result</source>
        <translation>das Key Result</translation>
    </message>
    <message>
        <source>the baseline</source>
        <translation>den Startwert</translation>
    </message>
    <message>
        <source>the target</source>
        <translation>den Zielwert</translation>
    </message>
    <message>
        <source>the unit</source>
        <translation>die Einheit</translation>
    </message>
    <message>
        <source>how to measure</source>
        <translation>wie gemessen wird</translation>
    </message>
    <message>
        <source>the data source</source>
        <translation>die Datenquelle</translation>
    </message>
    <message>
        <source>what counts as success</source>
        <translation>was als Erfolg zählt</translation>
    </message>
    <message>
        <source>what counts as partial success</source>
        <translation>was als Teilerfolg zählt</translation>
    </message>
    <message>
        <source>what counts as no impact</source>
        <translation>was als ohne Wirkung zählt</translation>
    </message>
    <message>
        <source>what counts as a negative impact</source>
        <translation>was als negative Wirkung zählt</translation>
    </message>
    <message>
        <source>outcome or output</source>
        <translation>Outcome oder Output</translation>
    </message>
    <message>
        <source>leading or lagging</source>
        <translation>vorlaufend oder nachlaufend</translation>
    </message>
    <message>
        <source>Count hands: {0}</source>
        <translation>Hände zählen: {0}</translation>
    </message>
    <message>
        <source>{0} champions</source>
        <translation>{0} ist Champion für</translation>
    </message>
    <message>
        <source>No champion for</source>
        <translation>Kein Champion für</translation>
    </message>
    <message>
        <source>{0} is the team&apos;s OKR champion</source>
        <translation>{0} ist der OKR-Champion des Teams</translation>
    </message>
    <message>
        <source>No OKR champion</source>
        <translation>Kein OKR-Champion</translation>
    </message>
    <message>
        <source>Edit the story: {0}</source>
        <translation>Die Story bearbeiten: {0}</translation>
    </message>
    <message>
        <source>Add the initiative “{0}”</source>
        <translation>Die Initiative „{0}“ hinzufügen</translation>
    </message>
    <message>
        <source>Edit the initiative&apos;s {0}</source>
        <translation>Die Initiative bearbeiten: {0}</translation>
    </message>
    <message>
        <source>Remove the initiative “{0}”</source>
        <translation>Die Initiative „{0}“ entfernen</translation>
    </message>
    <message>
        <source>Add “{0}” to the communications plan</source>
        <translation>„{0}“ zum Kommunikationsplan hinzufügen</translation>
    </message>
    <message>
        <source>Edit the communications plan: {0}</source>
        <translation>Den Kommunikationsplan bearbeiten: {0}</translation>
    </message>
    <message>
        <source>Remove a line of the communications plan</source>
        <translation>Eine Zeile des Kommunikationsplans entfernen</translation>
    </message>
    <message>
        <source>Edit the worksheet: {0}</source>
        <translation>Das Arbeitsblatt bearbeiten: {0}</translation>
    </message>
    <message>
        <source>Edit the team&apos;s {0}</source>
        <translation>Das Team bearbeiten: {0}</translation>
    </message>
    <message>
        <source>Add the dependency on “{0}”</source>
        <translation>Die Abhängigkeit von „{0}“ hinzufügen</translation>
    </message>
    <message>
        <source>Remove the dependency on “{0}”</source>
        <translation>Die Abhängigkeit von „{0}“ entfernen</translation>
    </message>
    <message>
        <source>Add the metric “{0}”</source>
        <translation>Die Kennzahl „{0}“ hinzufügen</translation>
    </message>
    <message>
        <source>Remove the metric “{0}”</source>
        <translation>Die Kennzahl „{0}“ entfernen</translation>
    </message>
</context>
<context>
    <name>okr_editors</name>
    <message>
        <source>Success</source>
        <translation>Erfolg</translation>
    </message>
    <message>
        <source>Partial success</source>
        <translation>Teilerfolg</translation>
    </message>
    <message>
        <source>No impact</source>
        <translation>Keine Wirkung</translation>
    </message>
    <message>
        <source>Negative impact</source>
        <translation>Negative Wirkung</translation>
    </message>
</context>
<context>
    <name>okr_widgets</name>
    <message>
        <source>Fix</source>
        <translation>Beheben</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>Tip</source>
        <translation>Tipp</translation>
    </message>
    <message>
        <source>✓ reads well</source>
        <translation>✓ liest sich gut</translation>
    </message>
    <message>
        <source>{0} to fix</source>
        <translation>{0} zu beheben</translation>
    </message>
    <message>
        <source>{0} to check</source>
        <translation>{0} zu prüfen</translation>
    </message>
    <message>
        <source>1 tip</source>
        <translation>1 Tipp</translation>
    </message>
    <message>
        <source>{0} tips</source>
        <translation>{0} Tipps</translation>
    </message>
</context>
<context>
    <name>page</name>
    <message>
        <source>Vote on the objectives</source>
        <translation>Abstimmung über die Objectives</translation>
    </message>
    <message>
        <source>Vote on the key results</source>
        <translation>Abstimmung über die Key Results</translation>
    </message>
    <message>
        <source>Everyone votes in private on this screen, one after the other. The totals stay hidden until the facilitator reveals them; then the room draws the cut line.</source>
        <translation>Alle stimmen geheim an diesem Bildschirm ab, eine Person nach der anderen. Die Summen bleiben verborgen, bis die Moderation sie aufdeckt; dann zieht der Raum die Schnittlinie.</translation>
    </message>
    <message>
        <source>Vote on the key results of one objective at a time, in private. After the reveal, keep the three to five that tell best whether the objective is reached.</source>
        <translation>Stimmt geheim über die Key Results eines Objectives nach dem anderen ab. Behaltet nach dem Aufdecken die drei bis fünf, die am besten zeigen, ob das Objective erreicht ist.</translation>
    </message>
</context>
<context>
    <name>page_parts</name>
    <message>
        <source>Yellow</source>
        <translation>Gelb</translation>
    </message>
    <message>
        <source>Pink</source>
        <translation>Rosa</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Blau</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Grün</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>Orange</translation>
    </message>
    <message>
        <source>Purple</source>
        <translation>Lila</translation>
    </message>
</context>
<context>
    <name>paper</name>
    <message>
        <source>Confidence</source>
        <translation>Zuversicht</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Istwert</translation>
    </message>
</context>
<context>
    <name>phone_panel</name>
    <message>
        <source>on a phone</source>
        <translation>per Handy</translation>
    </message>
    <message>
        <source>on paper</source>
        <translation>auf Papier</translation>
    </message>
    <message>
        <source>at the screen</source>
        <translation>am Bildschirm</translation>
    </message>
    <message>
        <source>…  {0} · voting on a phone</source>
        <translation>…  {0} · stimmt per Handy ab</translation>
    </message>
    <message>
        <source>…  {0} · not finished</source>
        <translation>…  {0} · nicht fertig</translation>
    </message>
</context>
<context>
    <name>plans</name>
    <message>
        <source>Priority of the new initiative</source>
        <translation>Priorität der neuen Initiative</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Zielgruppe</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Who needs to hear?</source>
        <translation>Wer muss es erfahren?</translation>
    </message>
    <message>
        <source>What do they need to hear?</source>
        <translation>Was müssen sie hören?</translation>
    </message>
    <message>
        <source>How: meeting, email, screen…</source>
        <translation>Wie: Meeting, E-Mail, Bildschirm …</translation>
    </message>
    <message>
        <source>Who tells them</source>
        <translation>Wer es ihnen sagt</translation>
    </message>
</context>
<context>
    <name>postits</name>
    <message>
        <source>↩ retro note</source>
        <translation>↩ Retro-Notiz</translation>
    </message>
    <message>
        <source>↩ low KR</source>
        <translation>↩ schwaches KR</translation>
    </message>
    <message>
        <source>Nothing in particular</source>
        <translation>Nichts Bestimmtes</translation>
    </message>
</context>
<context>
    <name>quality</name>
    <message>
        <source>Quality check and rewrite</source>
        <translation>Qualitätscheck und Überarbeitung</translation>
    </message>
    <message>
        <source>Go through each item: rewrite it until the checks are happy, answer the criteria together, and count hands for the two questions.</source>
        <translation>Geht jeden Punkt durch: Überarbeitet ihn, bis die Prüfungen zufrieden sind, beantwortet die Kriterien gemeinsam und zählt die Hände für die zwei Fragen.</translation>
    </message>
    <message>
        <source>Refine the OKR</source>
        <translation>Das OKR schärfen</translation>
    </message>
    <message>
        <source>Polish the picked key results: wording, baseline and target, and what would count as success, partial success, no impact or a negative impact.</source>
        <translation>Schärft die ausgewählten Key Results: Wortlaut, Start- und Zielwert und was als Erfolg, Teilerfolg, ohne Wirkung oder negative Wirkung zählt.</translation>
    </message>
    <message>
        <source>Outcome or output?</source>
        <translation>Outcome oder Output?</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Output</translation>
    </message>
    <message>
        <source>Leading or lagging?</source>
        <translation>Vorlaufend oder nachlaufend?</translation>
    </message>
    <message>
        <source>Leading</source>
        <translation>Vorlaufend</translation>
    </message>
    <message>
        <source>Lagging</source>
        <translation>Nachlaufend</translation>
    </message>
</context>
<context>
    <name>retro</name>
    <message>
        <source>Went well · Didn&apos;t go well · Learned</source>
        <translation>Lief gut · Lief nicht gut · Gelernt</translation>
    </message>
    <message>
        <source>Start · Stop · Continue</source>
        <translation>Beginnen · Beenden · Beibehalten</translation>
    </message>
    <message>
        <source>Retrospective: what did last cycle teach us?</source>
        <translation>Retrospektive: Was hat uns der letzte Zyklus gelehrt?</translation>
    </message>
    <message>
        <source>Close: look back on the day</source>
        <translation>Abschluss: Rückblick auf den Tag</translation>
    </message>
    <message>
        <source>One note per thought. Drag a note, or use Alt and the arrow keys, to move it; double-click or press Enter to edit; Delete removes it.</source>
        <translation>Eine Notiz pro Gedanke. Zieht eine Notiz oder nehmt Alt und die Pfeiltasten, um sie zu verschieben; Doppelklick oder Enter zum Bearbeiten; Entf entfernt sie.</translation>
    </message>
    <message>
        <source>What worked today, what did not, and what to start, stop or continue next time. Drag notes or use Alt and the arrow keys to move them.</source>
        <translation>Was heute funktioniert hat, was nicht, und was ihr beim nächsten Mal beginnen, beenden oder beibehalten wollt. Zieht Notizen oder nehmt Alt und die Pfeiltasten, um sie zu verschieben.</translation>
    </message>
</context>
<context>
    <name>review</name>
    <message>
        <source> (target {0:g}{1})</source>
        <translation> (Zielwert {0:g}{1})</translation>
    </message>
    <message>
        <source>last actual {0}{1}</source>
        <translation>letzter Istwert {0}{1}</translation>
    </message>
    <message>
        <source>no actual recorded{0}</source>
        <translation>kein Istwert erfasst{0}</translation>
    </message>
</context>
<context>
    <name>scoring</name>
    <message>
        <source>Give every key result of last cycle a score from 0.0 to 1.0. Around 0.7 is where an ambitious key result usually lands. Each objective gets the mean of its key results.</source>
        <translation>Gebt jedem Key Result des letzten Zyklus eine Bewertung von 0,0 bis 1,0. Um 0,7 landet ein ehrgeiziges Key Result meistens. Jedes Objective bekommt den Mittelwert seiner Key Results.</translation>
    </message>
</context>
<context>
    <name>scoring_commands</name>
    <message>
        <source>Bring in last cycle&apos;s OKRs</source>
        <translation>Die OKRs des letzten Zyklus übernehmen</translation>
    </message>
    <message>
        <source>Add last cycle&apos;s objective {0}</source>
        <translation>Das Objective {0} des letzten Zyklus hinzufügen</translation>
    </message>
    <message>
        <source>Add last cycle&apos;s key result {0}</source>
        <translation>Das Key Result {0} des letzten Zyklus hinzufügen</translation>
    </message>
    <message>
        <source>Reword last cycle&apos;s objective {0}</source>
        <translation>Das Objective {0} des letzten Zyklus umformulieren</translation>
    </message>
    <message>
        <source>Reword last cycle&apos;s key result {0}</source>
        <translation>Das Key Result {0} des letzten Zyklus umformulieren</translation>
    </message>
    <message>
        <source>no score</source>
        <translation>keine Bewertung</translation>
    </message>
    <message>
        <source>Score {0}: {1}</source>
        <translation>{0} bewerten: {1}</translation>
    </message>
    <message>
        <source>Remove last cycle&apos;s objective {0}</source>
        <translation>Das Objective {0} des letzten Zyklus entfernen</translation>
    </message>
    <message>
        <source>Remove last cycle&apos;s key result {0}</source>
        <translation>Das Key Result {0} des letzten Zyklus entfernen</translation>
    </message>
</context>
<context>
    <name>side_windows</name>
    <message>
        <source>Embedding OKR worksheet</source>
        <translation>Arbeitsblatt: OKRs im Team verankern</translation>
    </message>
</context>
<context>
    <name>start_screen</name>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Cycle</source>
        <translation>Zyklus</translation>
    </message>
    <message>
        <source>Last opened</source>
        <translation>Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Where it stopped</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Today {0:%H:%M}</source>
        <translation>Heute {0:%H:%M}</translation>
    </message>
    <message>
        <source>Yesterday {0:%H:%M}</source>
        <translation>Gestern {0:%H:%M}</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <translation>d. MMM yyyy</translation>
    </message>
    <message>
        <source>No agenda yet</source>
        <translation>Noch keine Agenda</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>{0} of {1} steps done</source>
        <translation>{0} von {1} Schritten erledigt</translation>
    </message>
</context>
<context>
    <name>story</name>
    <message>
        <source>&amp;Character</source>
        <translation>&amp;Figur</translation>
    </message>
    <message>
        <source>Who is this about? Someone our work touches.</source>
        <translation>Um wen geht es? Jemand, den unsere Arbeit berührt.</translation>
    </message>
    <message>
        <source>&amp;Goal</source>
        <translation>&amp;Ziel</translation>
    </message>
    <message>
        <source>What do they want to do, or to have?</source>
        <translation>Was will diese Person tun oder haben?</translation>
    </message>
    <message>
        <source>O&amp;bstacle</source>
        <translation>&amp;Hindernis</translation>
    </message>
    <message>
        <source>What stands in their way today?</source>
        <translation>Was steht ihr heute im Weg?</translation>
    </message>
    <message>
        <source>&amp;Resolution</source>
        <translation>&amp;Auflösung</translation>
    </message>
    <message>
        <source>How does the story end once we succeed?</source>
        <translation>Wie endet die Geschichte, wenn wir Erfolg haben?</translation>
    </message>
    <message>
        <source>&amp;Metric ideas</source>
        <translation>&amp;Ideen für Kennzahlen</translation>
    </message>
    <message>
        <source>What could we count that would show the story coming true?</source>
        <translation>Was könnten wir zählen, das zeigt, dass die Geschichte wahr wird?</translation>
    </message>
    <message>
        <source>went well</source>
        <translation>lief gut</translation>
    </message>
    <message>
        <source>didn&apos;t go well</source>
        <translation>lief nicht gut</translation>
    </message>
    <message>
        <source>the retrospective note ({0}): “{1}”</source>
        <translation>die Retro-Notiz ({0}): „{1}“</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source>scored {0:.1f}</source>
        <translation>bewertet mit {0:.1f}</translation>
    </message>
    <message>
        <source>last cycle&apos;s key result “{0}” ({1})</source>
        <translation>das Key Result „{0}“ des letzten Zyklus ({1})</translation>
    </message>
</context>
<context>
    <name>team</name>
    <message>
        <source>Post-its</source>
        <translation>Post-its</translation>
    </message>
    <message>
        <source>Vote and rank</source>
        <translation>Abstimmen und ordnen</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Formulieren</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Maße</translation>
    </message>
    <message>
        <source>Quality check</source>
        <translation>Qualitätscheck</translation>
    </message>
    <message>
        <source>Vote and pick</source>
        <translation>Abstimmen und auswählen</translation>
    </message>
    <message>
        <source>Refine</source>
        <translation>Schärfen</translation>
    </message>
    <message>
        <source>Ambition and thresholds</source>
        <translation>Anspruch und Schwellen</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Kriterien</translation>
    </message>
    <message>
        <source>Champions</source>
        <translation>Champions</translation>
    </message>
    <message>
        <source>Initiatives</source>
        <translation>Initiativen</translation>
    </message>
    <message>
        <source>Communications</source>
        <translation>Kommunikation</translation>
    </message>
    <message>
        <source>Worksheet</source>
        <translation>Arbeitsblatt</translation>
    </message>
    <message>
        <source>An objective says where we want to be</source>
        <translation>Ein Objective sagt, wo wir hinwollen</translation>
    </message>
    <message>
        <source>In words, with no number: inspiring, a change rather than business as usual, reachable this cycle, and something the team can steer.</source>
        <translation>In Worten, ohne Zahl: inspirierend, eine Veränderung statt Tagesgeschäft, in diesem Zyklus erreichbar und etwas, das das Team steuern kann.</translation>
    </message>
    <message>
        <source>A key result shows we are getting there</source>
        <translation>Ein Key Result zeigt, dass wir vorankommen</translation>
    </message>
    <message>
        <source>A number that moves from where it is today to where we want it: “from 40% to 65%”. No number, no key result. Three to five for each objective.</source>
        <translation>Eine Zahl, die sich von heute dorthin bewegt, wo wir sie haben wollen: „von 40 % auf 65 %“. Keine Zahl, kein Key Result. Drei bis fünf pro Objective.</translation>
    </message>
    <message>
        <source>Outcomes, not tasks</source>
        <translation>Ergebnisse, nicht Aufgaben</translation>
    </message>
    <message>
        <source>“Launch the new onboarding” is work to do: an initiative. What changes for people when it works is the key result.</source>
        <translation>„Das neue Onboarding einführen“ ist Arbeit, die zu tun ist: eine Initiative. Was sich für Menschen ändert, wenn es wirkt, ist das Key Result.</translation>
    </message>
    <message>
        <source>Leading beats lagging</source>
        <translation>Vorlaufend schlägt nachlaufend</translation>
    </message>
    <message>
        <source>Prefer measures that move during the cycle and tell us early whether we are on track.</source>
        <translation>Nehmt lieber Maße, die sich während des Zyklus bewegen und uns früh sagen, ob wir auf Kurs sind.</translation>
    </message>
    <message>
        <source>0.7 is a good score</source>
        <translation>0,7 ist eine gute Bewertung</translation>
    </message>
    <message>
        <source>Ambitious key results are rarely met in full. Landing around 0.7 means we aimed high and got far.</source>
        <translation>Ehrgeizige Key Results werden selten ganz erreicht. Um 0,7 zu landen heißt: Wir haben hoch gezielt und sind weit gekommen.</translation>
    </message>
</context>
<context>
    <name>this_week</name>
    <message>
        <source>{0:g} → {1:g}{2}, on the line this week: {3:.3g}</source>
        <translation>{0:g} → {1:g}{2}, auf der Linie diese Woche: {3:.3g}</translation>
    </message>
    <message>
        <source>lead: {0}</source>
        <translation>verantwortlich: {0}</translation>
    </message>
</context>
<context>
    <name>timer_watch</name>
    <message>
        <source>On time</source>
        <translation>Im Zeitplan</translation>
    </message>
    <message>
        <source>{0} min behind</source>
        <translation>{0} Min. im Verzug</translation>
    </message>
    <message>
        <source>{0} min ahead</source>
        <translation>{0} Min. voraus</translation>
    </message>
    <message>
        <source>Skip “{0}” (optional, {1} min)</source>
        <translation>„{0}“ überspringen (optional, {1} Min.)</translation>
    </message>
    <message>
        <source>Shorten “{0}” by {1} min</source>
        <translation>„{0}“ um {1} Min. kürzen</translation>
    </message>
    <message>
        <source>{0} min past the {1:%H:%M} end.</source>
        <translation>{0} Min. über das Ende um {1:%H:%M}.</translation>
    </message>
    <message>
        <source>{0} To catch up: </source>
        <translation>{0} Zum Aufholen: </translation>
    </message>
</context>
<context>
    <name>trends</name>
    <message>
        <source>Every key result is on its line, with confidence above 0.4.</source>
        <translation>Jedes Key Result ist auf seiner Linie, mit Zuversicht über 0,4.</translation>
    </message>
    <message>
        <source>Talk about: </source>
        <translation>Zu besprechen: </translation>
    </message>
</context>
<context>
    <name>typing_keys</name>
    <message>
        <source>{0} for {1}</source>
        <translation>{0} für {1}</translation>
    </message>
    <message>
        <source>While you type in a field, the field keeps its own keys (Space, Ctrl+Left and Ctrl+Right, Ctrl+Z): use {0}, and Undo in the Edit menu. Every other shortcut works while you type.</source>
        <translation>Während ihr in einem Feld tippt, behält das Feld seine eigenen Tasten (Leertaste, Strg+Links und Strg+Rechts, Strg+Z): Nehmt {0} und Rückgängig im Menü Bearbeiten. Jedes andere Tastenkürzel funktioniert auch beim Tippen.</translation>
    </message>
</context>
<context>
    <name>vocabulary</name>
    <message>
        <source>Went well</source>
        <translation>Lief gut</translation>
    </message>
    <message>
        <source>Didn&apos;t go well</source>
        <translation>Lief nicht gut</translation>
    </message>
    <message>
        <source>Learned</source>
        <translation>Gelernt</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginnen</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Beibehalten</translation>
    </message>
    <message>
        <source>Must have</source>
        <translation>Muss</translation>
    </message>
    <message>
        <source>Should have</source>
        <translation>Soll</translation>
    </message>
    <message>
        <source>Could have</source>
        <translation>Kann</translation>
    </message>
    <message>
        <source>Won&apos;t have</source>
        <translation>Nicht dieses Mal</translation>
    </message>
    <message>
        <source>Feedback only</source>
        <translation>Nur Feedback</translation>
    </message>
    <message>
        <source>Hard dependency</source>
        <translation>Harte Abhängigkeit</translation>
    </message>
    <message>
        <source>We depend on them</source>
        <translation>Wir hängen von ihnen ab</translation>
    </message>
    <message>
        <source>They depend on us</source>
        <translation>Sie hängen von uns ab</translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation>Outputs</translation>
    </message>
    <message>
        <source>Leading indicators</source>
        <translation>Vorlaufende Indikatoren</translation>
    </message>
    <message>
        <source>Lagging indicators</source>
        <translation>Nachlaufende Indikatoren</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Moderation</translation>
    </message>
    <message>
        <source>Sponsor</source>
        <translation>Sponsor</translation>
    </message>
    <message>
        <source>OKR lead</source>
        <translation>OKR-Verantwortliche</translation>
    </message>
    <message>
        <source>KR lead</source>
        <translation>KR-Verantwortliche</translation>
    </message>
    <message>
        <source>Contributor</source>
        <translation>Mitwirkende</translation>
    </message>
    <message>
        <source>What came up that we did not expect?</source>
        <translation>Was kam, womit wir nicht gerechnet haben?</translation>
    </message>
    <message>
        <source>Did our priorities shift, and what did that do to our OKRs?</source>
        <translation>Haben sich unsere Prioritäten verschoben, und was hat das mit unseren OKRs gemacht?</translation>
    </message>
    <message>
        <source>What worked, what did not, and why?</source>
        <translation>Was hat funktioniert, was nicht, und warum?</translation>
    </message>
    <message>
        <source>What will we do differently in the next cycle?</source>
        <translation>Was machen wir im nächsten Zyklus anders?</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Nicht eingeschätzt</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Grün</translation>
    </message>
    <message>
        <source>Amber</source>
        <translation>Gelb</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Rot</translation>
    </message>
    <message>
        <source>What changed in our key results since the last check-in?</source>
        <translation>Was hat sich seit dem letzten Check-in an unseren Key Results verändert?</translation>
    </message>
    <message>
        <source>What is slowing us down or putting our progress at risk?</source>
        <translation>Was bremst uns oder gefährdet unseren Fortschritt?</translation>
    </message>
    <message>
        <source>How can we raise our confidence, or clear the way?</source>
        <translation>Wie können wir unsere Zuversicht erhöhen oder den Weg frei machen?</translation>
    </message>
    <message>
        <source>Priority pipeline: big projects, initiatives, critical events</source>
        <translation>Prioritäten-Pipeline: große Projekte, Initiativen, kritische Ereignisse</translation>
    </message>
    <message>
        <source>Weekly focus: the near-term priorities</source>
        <translation>Wochenfokus: die nächsten Prioritäten</translation>
    </message>
    <message>
        <source>Exceeded</source>
        <translation>Übertroffen</translation>
    </message>
    <message>
        <source>Did better than the target.</source>
        <translation>Besser als der Zielwert.</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Erreicht</translation>
    </message>
    <message>
        <source>Reached the target.</source>
        <translation>Den Zielwert erreicht.</translation>
    </message>
    <message>
        <source>Fell short</source>
        <translation>Knapp verfehlt</translation>
    </message>
    <message>
        <source>Moved forward and created some value.</source>
        <translation>Vorangekommen und einigen Wert geschaffen.</translation>
    </message>
    <message>
        <source>Failed to deliver</source>
        <translation>Nicht erreicht</translation>
    </message>
    <message>
        <source>Did not create the value we aimed for.</source>
        <translation>Den angestrebten Wert nicht geschaffen.</translation>
    </message>
    <message>
        <source>High confidence: we will achieve this key result.</source>
        <translation>Hohe Zuversicht: Wir erreichen dieses Key Result.</translation>
    </message>
    <message>
        <source>High confidence</source>
        <translation>Hohe Zuversicht</translation>
    </message>
    <message>
        <source>Likely: we will achieve it or get close.</source>
        <translation>Wahrscheinlich: Wir erreichen es oder kommen nahe heran.</translation>
    </message>
    <message>
        <source>Likely</source>
        <translation>Wahrscheinlich</translation>
    </message>
    <message>
        <source>A challenge: achieving it will be hard.</source>
        <translation>Eine Herausforderung: Es zu erreichen wird schwer.</translation>
    </message>
    <message>
        <source>A challenge</source>
        <translation>Eine Herausforderung</translation>
    </message>
    <message>
        <source>Unlikely: this result will probably not be achieved.</source>
        <translation>Unwahrscheinlich: Dieses Ergebnis wird wohl nicht erreicht.</translation>
    </message>
    <message>
        <source>Unlikely</source>
        <translation>Unwahrscheinlich</translation>
    </message>
    <message>
        <source>Inspirational</source>
        <translation>Inspirierend</translation>
    </message>
    <message>
        <source>Would the team be glad to spend the whole cycle on this?</source>
        <translation>Würde das Team gern den ganzen Zyklus daran arbeiten?</translation>
    </message>
    <message>
        <source>Manageable outcomes</source>
        <translation>Beeinflussbare Ergebnisse</translation>
    </message>
    <message>
        <source>Is the change within what this team can really influence?</source>
        <translation>Liegt die Veränderung in dem, was dieses Team wirklich beeinflussen kann?</translation>
    </message>
    <message>
        <source>Provides focus</source>
        <translation>Gibt Fokus</translation>
    </message>
    <message>
        <source>Does it make clear what we will say no to this cycle?</source>
        <translation>Macht es klar, wozu wir in diesem Zyklus Nein sagen?</translation>
    </message>
    <message>
        <source>Action oriented</source>
        <translation>Handlungsorientiert</translation>
    </message>
    <message>
        <source>Does it tell us where to put our effort on Monday morning?</source>
        <translation>Sagt es uns, wohin wir am Montagmorgen unsere Kraft stecken?</translation>
    </message>
    <message>
        <source>Change, not maintain</source>
        <translation>Verändern statt bewahren</translation>
    </message>
    <message>
        <source>Does it move something forward, rather than keep things as they are?</source>
        <translation>Bringt es etwas voran, statt alles zu lassen, wie es ist?</translation>
    </message>
    <message>
        <source>Time bound</source>
        <translation>Zeitlich begrenzt</translation>
    </message>
    <message>
        <source>Is it clear by when we want to get there?</source>
        <translation>Ist klar, bis wann wir dort sein wollen?</translation>
    </message>
    <message>
        <source>Results based</source>
        <translation>Ergebnisorientiert</translation>
    </message>
    <message>
        <source>Does it measure a result for someone, rather than a task we finish?</source>
        <translation>Misst es ein Ergebnis für jemanden statt einer Aufgabe, die wir erledigen?</translation>
    </message>
    <message>
        <source>Aligned</source>
        <translation>Ausgerichtet</translation>
    </message>
    <message>
        <source>If this number moves, does the objective get closer?</source>
        <translation>Wenn sich diese Zahl bewegt, kommt das Objective näher?</translation>
    </message>
    <message>
        <source>Directly measurable</source>
        <translation>Direkt messbar</translation>
    </message>
    <message>
        <source>Can we read the number from a source we trust, without guessing?</source>
        <translation>Können wir die Zahl ohne Raten aus einer Quelle ablesen, der wir vertrauen?</translation>
    </message>
    <message>
        <source>Indicates progress</source>
        <translation>Zeigt Fortschritt</translation>
    </message>
    <message>
        <source>Will we see it move during the cycle, not only at the end?</source>
        <translation>Sehen wir es während des Zyklus sich bewegen, nicht erst am Ende?</translation>
    </message>
    <message>
        <source>Challenging</source>
        <translation>Herausfordernd</translation>
    </message>
    <message>
        <source>Is the target a real stretch, yet still within reach?</source>
        <translation>Ist der Zielwert eine echte Anstrengung und trotzdem erreichbar?</translation>
    </message>
    <message>
        <source>Accountability clarity</source>
        <translation>Klare Verantwortung</translation>
    </message>
    <message>
        <source>Does everyone know who champions it and who reports on it?</source>
        <translation>Wissen alle, wer sich als Champion darum kümmert und wer darüber berichtet?</translation>
    </message>
    <message>
        <source>Leading indicator</source>
        <translation>Vorlaufender Indikator</translation>
    </message>
    <message>
        <source>Does it warn us early whether we are on track?</source>
        <translation>Warnt es uns früh, ob wir auf Kurs sind?</translation>
    </message>
    <message>
        <source>Facilitation sheet: measures</source>
        <translation>Moderationsbogen: Maße</translation>
    </message>
    <message>
        <source>One page per objective: key results with how to measure them, criteria, ideas.</source>
        <translation>Eine Seite pro Objective: Key Results mit ihrer Messung, Kriterien, Ideen.</translation>
    </message>
    <message>
        <source>Facilitation sheet: initiatives</source>
        <translation>Moderationsbogen: Initiativen</translation>
    </message>
    <message>
        <source>One page per objective: key results with key initiatives, data source, notes.</source>
        <translation>Eine Seite pro Objective: Key Results mit wichtigen Initiativen, Datenquelle, Notizen.</translation>
    </message>
    <message>
        <source>OKR drafting card</source>
        <translation>OKR-Entwurfskarte</translation>
    </message>
    <message>
        <source>The objective&apos;s self-check, who does what by how much, the drafting checklist.</source>
        <translation>Der Selbstcheck des Objectives, wer tut was um wie viel, die Checkliste zum Formulieren.</translation>
    </message>
    <message>
        <source>Embedding OKR worksheet</source>
        <translation>Arbeitsblatt: OKRs im Team verankern</translation>
    </message>
    <message>
        <source>The twelve fields that make OKRs part of the team&apos;s week.</source>
        <translation>Die zwölf Felder, mit denen OKRs Teil der Woche des Teams werden.</translation>
    </message>
    <message>
        <source>OKR story</source>
        <translation>OKR-Story</translation>
    </message>
    <message>
        <source>Character, goal, obstacle, resolution and metric ideas, one story per page.</source>
        <translation>Figur, Ziel, Hindernis, Auflösung und Ideen für Kennzahlen, eine Geschichte pro Seite.</translation>
    </message>
    <message>
        <source>Confidence scoring</source>
        <translation>Zuversicht einschätzen</translation>
    </message>
    <message>
        <source>This week&apos;s confidence for every key result, and the whole cycle week by week.</source>
        <translation>Die Zuversicht dieser Woche für jedes Key Result und der ganze Zyklus Woche für Woche.</translation>
    </message>
    <message>
        <source>Weekly check-in</source>
        <translation>Wöchentlicher Check-in</translation>
    </message>
    <message>
        <source>Lead, metric, actual and confidence per key result; health, pipeline, focus.</source>
        <translation>Verantwortliche, Kennzahl, Istwert und Zuversicht pro Key Result; Gesundheit, Pipeline, Fokus.</translation>
    </message>
    <message>
        <source>Cycle review</source>
        <translation>Review des Zyklus</translation>
    </message>
    <message>
        <source>Each key result scored with its verdict, the review questions, stop/start/continue.</source>
        <translation>Jedes Key Result mit Bewertung und Urteil, die Review-Fragen, Beenden/Beginnen/Beibehalten.</translation>
    </message>
    <message>
        <source>Workshop summary</source>
        <translation>Zusammenfassung des Workshops</translation>
    </message>
    <message>
        <source>The OKRs ranked with champions and initiatives, the comms plan, and the day.</source>
        <translation>Die OKRs nach Rang mit Champions und Initiativen, der Kommunikationsplan und der Tag.</translation>
    </message>
    <message>
        <source>Paper ballots</source>
        <translation>Papierstimmzettel</translation>
    </message>
    <message>
        <source>Numbered voting slips, one per participant, for voting on paper.</source>
        <translation>Nummerierte Stimmzettel, einer pro Person, für die Abstimmung auf Papier.</translation>
    </message>
</context>
<context>
    <name>voting_commands</name>
    <message>
        <source>Open a secret vote</source>
        <translation>Eine geheime Abstimmung öffnen</translation>
    </message>
    <message>
        <source>Open a vote</source>
        <translation>Eine Abstimmung öffnen</translation>
    </message>
    <message>
        <source>Start a run-off</source>
        <translation>Eine Stichwahl beginnen</translation>
    </message>
    <message>
        <source>Close the vote</source>
        <translation>Abstimmung schließen</translation>
    </message>
    <message>
        <source>Reveal the results</source>
        <translation>Ergebnisse aufdecken</translation>
    </message>
    <message>
        <source>Show the results</source>
        <translation>Ergebnisse zeigen</translation>
    </message>
    <message>
        <source>Open the vote again</source>
        <translation>Abstimmung wieder öffnen</translation>
    </message>
    <message>
        <source>Place a vote</source>
        <translation>Eine Stimme abgeben</translation>
    </message>
    <message>
        <source>Take a vote back</source>
        <translation>Eine Stimme zurücknehmen</translation>
    </message>
    <message>
        <source>no count</source>
        <translation>keine Anzahl</translation>
    </message>
    <message>
        <source>Count “{0}”: {1}</source>
        <translation>„{0}“ zählen: {1}</translation>
    </message>
    <message>
        <source>Add the paper ballots&apos; dots</source>
        <translation>Die Punkte der Papierstimmzettel hinzufügen</translation>
    </message>
    <message>
        <source>Free {0}&apos;s name for another phone</source>
        <translation>Den Namen von {0} für ein anderes Handy freigeben</translation>
    </message>
    <message>
        <source>{0} handed in a paper ballot</source>
        <translation>{0} hat einen Papierstimmzettel abgegeben</translation>
    </message>
    <message>
        <source>{0} did not vote on paper</source>
        <translation>{0} hat nicht auf Papier abgestimmt</translation>
    </message>
    <message>
        <source>Remove the cut line</source>
        <translation>Die Schnittlinie entfernen</translation>
    </message>
    <message>
        <source>Keep the top {0}</source>
        <translation>Die ersten {0} behalten</translation>
    </message>
    <message>
        <source>Settle a tie</source>
        <translation>Einen Gleichstand auflösen</translation>
    </message>
    <message>
        <source>Use the run-off&apos;s result</source>
        <translation>Das Ergebnis der Stichwahl übernehmen</translation>
    </message>
    <message>
        <source>Make {0} {1} our objectives</source>
        <translation>{0} {1} zu unseren Objectives machen</translation>
    </message>
    <message>
        <source>Pick {0} key results</source>
        <translation>{0} Key Results auswählen</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>&amp;This week</source>
        <translation>&amp;Diese Woche</translation>
    </message>
    <message>
        <source>&amp;Paper sheet</source>
        <translation>&amp;Papierbogen</translation>
    </message>
    <message>
        <source>T&amp;rends</source>
        <translation>T&amp;rends</translation>
    </message>
    <message>
        <source>&amp;End of cycle</source>
        <translation>&amp;Ende des Zyklus</translation>
    </message>
</context>
<context>
    <name>worksheet</name>
    <message>
        <source>People and teams working on our OKRs</source>
        <translation>Menschen und Teams, die an unseren OKRs arbeiten</translation>
    </message>
    <message>
        <source>Who takes part, and who helps?</source>
        <translation>Wer macht mit, und wer hilft?</translation>
    </message>
    <message>
        <source>How will OKRs help us?</source>
        <translation>Wie werden OKRs uns helfen?</translation>
    </message>
    <message>
        <source>What should be better because we use OKRs?</source>
        <translation>Was soll besser werden, weil wir OKRs nutzen?</translation>
    </message>
    <message>
        <source>Check-in meeting: rhythm, day, time</source>
        <translation>Check-in-Meeting: Rhythmus, Tag, Uhrzeit</translation>
    </message>
    <message>
        <source>Mondays at 9:30, 20 minutes</source>
        <translation>Montags um 9:30 Uhr, 20 Minuten</translation>
    </message>
    <message>
        <source>When is the update due?</source>
        <translation>Wann ist das Update fällig?</translation>
    </message>
    <message>
        <source>Fridays by noon, before the check-in</source>
        <translation>Freitags bis mittags, vor dem Check-in</translation>
    </message>
    <message>
        <source>OKR champion</source>
        <translation>OKR-Champion</translation>
    </message>
    <message>
        <source>Who keeps the OKRs alive between check-ins?</source>
        <translation>Wer hält die OKRs zwischen den Check-ins lebendig?</translation>
    </message>
    <message>
        <source>OKR hopes</source>
        <translation>Hoffnungen an OKRs</translation>
    </message>
    <message>
        <source>What are we hoping OKRs will do for us?</source>
        <translation>Was erhoffen wir uns von OKRs?</translation>
    </message>
    <message>
        <source>OKR fears</source>
        <translation>Befürchtungen zu OKRs</translation>
    </message>
    <message>
        <source>What could go wrong, and what would we do then?</source>
        <translation>Was könnte schiefgehen, und was würden wir dann tun?</translation>
    </message>
    <message>
        <source>Upcoming OKR themes</source>
        <translation>Kommende OKR-Themen</translation>
    </message>
    <message>
        <source>What is likely to matter next cycle?</source>
        <translation>Was wird im nächsten Zyklus wahrscheinlich wichtig?</translation>
    </message>
    <message>
        <source>We depend on {0}</source>
        <translation>Wir hängen ab von {0}</translation>
    </message>
    <message>
        <source>{0} depends on us</source>
        <translation>{0} hängt von uns ab</translation>
    </message>
</context>
</TS>
