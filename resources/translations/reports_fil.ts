<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fil">
<context>
    <name>reports</name>
    <message>
        <location filename="../../contractor_app/reports/access_follow_up.py" line="40"/>
        <source>request to know</source>
        <translation>kahilingang malaman</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/access_follow_up.py" line="40"/>
        <source>subject access request</source>
        <translation>kahilingan sa pag-access ng personal na datos</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/access_follow_up.py" line="31"/>
        <source>the data protection supervisory authority (Article 77 GDPR), and seek a judicial remedy (Article 79)</source>
        <translation>ang awtoridad na nangangasiwa sa proteksyon ng datos (Artikulo 77 ng GDPR), at humingi ng lunas sa hukuman (Artikulo 79)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/access_follow_up.py" line="33"/>
        <source>the Information Commissioner&apos;s Office (Article 77 UK GDPR), and seek a judicial remedy (Article 79)</source>
        <translation>ang Information Commissioner&apos;s Office (Artikulo 77 ng UK GDPR), at humingi ng lunas sa hukuman (Artikulo 79)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/access_follow_up.py" line="35"/>
        <source>the California Privacy Protection Agency and the California Attorney General</source>
        <translation>ang California Privacy Protection Agency at ang Attorney General ng California</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/access_follow_up.py" line="65"/>
        <source>The law required your answer by {due}.</source>
        <translation>Ayon sa batas, dapat ninyo akong sinagot nang hindi lalampas sa {due}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/access_follow_up.py" line="95"/>
        <source>So far I have received 1 file from you, kept in my records on {days}.</source>
        <translation>Sa ngayon, nakatanggap na ako mula sa inyo ng 1 file, na itinago sa aking mga rekord noong {days}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/access_follow_up.py" line="97"/>
        <source>So far I have received {count} files from you, kept in my records on {days}.</source>
        <translation>Sa ngayon, nakatanggap na ako mula sa inyo ng {count} na file, na itinago sa aking mga rekord noong {days}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/access_follow_up.py" line="115"/>
        <location filename="../../contractor_app/reports/access_request.py" line="97"/>
        <source>Yours faithfully,</source>
        <translation>Lubos na gumagalang,</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/access_follow_up.py" line="119"/>
        <source>Prepared with Contractor Ledger from the worker&apos;s own records of the request. This letter is a template, not legal advice.</source>
        <translation>Inihanda gamit ang Contractor Ledger mula sa sariling mga rekord ng manggagawa tungkol sa kahilingan. Ang liham na ito ay isang template, hindi legal na payo.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/access_follow_up.py" line="23"/>
        <source>by email</source>
        <translation>sa email</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/access_follow_up.py" line="23"/>
        <source>by post</source>
        <translation>sa koreo</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/access_follow_up.py" line="24"/>
        <source>through your web form</source>
        <translation>sa pamamagitan ng inyong web form</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/access_follow_up.py" line="25"/>
        <source>in your app</source>
        <translation>sa inyong app</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/access_follow_up.py" line="60"/>
        <source>On {sent} I sent you a {request} {via}; it reached you on {received}.</source>
        <translation>Noong {sent}, nagpadala ako sa inyo ng {request} {via}; natanggap ninyo ito noong {received}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/access_follow_up.py" line="61"/>
        <source>On {sent} I sent you a {request} {via}.</source>
        <translation>Noong {sent}, nagpadala ako sa inyo ng {request} {via}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/access_follow_up.py" line="63"/>
        <source>I made it under the {law} ({citation}).</source>
        <translation>Ginawa ko ito alinsunod sa {law} ({citation}).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/access_follow_up.py" line="71"/>
        <source>Follow-up: {request} of {sent}, unanswered</source>
        <translation>Pag-follow up: {request} noong {sent}, hindi pa sinasagot</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/access_follow_up.py" line="73"/>
        <source>That deadline, {due}, has passed, and I have not received your answer. You have not told me of any reason for refusing my request.</source>
        <translation>Lumipas na ang takdang petsang iyon, {due}, at hindi ko pa natatanggap ang inyong sagot. Wala kayong ibinigay na anumang dahilan para tanggihan ang aking kahilingan.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/access_follow_up.py" line="77"/>
        <source>Follow-up: {request} of {sent}, answered in part</source>
        <translation>Pag-follow up: {request} noong {sent}, bahagya lamang sinagot</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/access_follow_up.py" line="79"/>
        <source>Your answer of {answered} is incomplete.</source>
        <translation>Kulang ang inyong sagot noong {answered}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/access_follow_up.py" line="102"/>
        <source>Please send me, without further delay and free of charge, everything my request covers, and in particular what was missing:</source>
        <translation>Mangyaring ipadala ninyo sa akin, nang wala nang pagkaantala at nang walang bayad, ang lahat ng saklaw ng aking kahilingan, lalo na ang mga kulang:</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/access_follow_up.py" line="104"/>
        <source>Please send me, without further delay and free of charge, everything my request covers:</source>
        <translation>Mangyaring ipadala ninyo sa akin, nang wala nang pagkaantala at nang walang bayad, ang lahat ng saklaw ng aking kahilingan:</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/access_follow_up.py" line="67"/>
        <source>On {extended} you told me you needed longer, as the law allows once; that moved the deadline to {due}.</source>
        <translation>Noong {extended}, sinabi ninyo na kailangan ninyo ng mas mahabang panahon, na pinapayagan ng batas nang isang beses; dahil dito, inilipat ang takdang petsa sa {due}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/access_follow_up.py" line="84"/>
        <source>It did not include: {missing}.</source>
        <translation>Hindi nito isinama ang: {missing}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/access_follow_up.py" line="111"/>
        <source>If you will not provide any part of it, tell me which part, why, and on what legal ground. If I do not receive a complete answer, I may complain to {authority}.</source>
        <translation>Kung hindi ninyo ibibigay ang anumang bahagi nito, sabihin ninyo sa akin kung aling bahagi, bakit, at sa anong legal na batayan. Kung hindi ako makatanggap ng kumpletong sagot, maaari akong magreklamo sa {authority}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/access_follow_up.py" line="82"/>
        <source>It came after the deadline of {due}.</source>
        <translation>Dumating ito pagkalipas ng takdang petsa na {due}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/access_follow_up.py" line="88"/>
        <source>My account or worker ID is {worker_id}.</source>
        <translation>Ang aking account o ID bilang manggagawa ay {worker_id}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/access_request.py" line="29"/>
        <source>the data protection law that applies to you, including Article 15 GDPR where it applies</source>
        <translation>ang batas sa proteksyon ng datos na umiiral sa inyo, kasama ang Artikulo 15 ng GDPR kung saan ito umiiral</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/access_request.py" line="28"/>
        <location filename="../../contractor_app/reports/access_request.py" line="31"/>
        <source>Subject access request</source>
        <translation>Kahilingan sa pag-access ng personal na datos</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/access_request.py" line="28"/>
        <location filename="../../contractor_app/reports/access_request.py" line="31"/>
        <source>one month</source>
        <translation>isang buwan</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/access_request.py" line="37"/>
        <source>(Articles 15(1)(h) and 22 GDPR)</source>
        <translation>(Mga Artikulo 15(1)(h) at 22 ng GDPR)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/access_request.py" line="38"/>
        <source>(and, where the GDPR applies, Articles 15(1)(h) and 22 GDPR)</source>
        <translation>(at, kung saan umiiral ang GDPR, Mga Artikulo 15(1)(h) at 22 ng GDPR)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/access_request.py" line="40"/>
        <source>a copy of all personal data you hold about me, in a commonly used, machine-readable format</source>
        <translation>kopya ng lahat ng personal na datos ninyo tungkol sa akin, sa karaniwang ginagamit at nababasa ng makina na format</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/access_request.py" line="42"/>
        <source>the purposes of each processing, and its legal basis</source>
        <translation>ang mga layunin ng bawat pagproseso, at ang legal na batayan nito</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/access_request.py" line="43"/>
        <source>the categories of personal data concerned, and where you obtained any data not collected from me</source>
        <translation>ang mga kategorya ng personal na datos na sangkot, at kung saan ninyo nakuha ang anumang datos na hindi galing sa akin</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/access_request.py" line="45"/>
        <source>the recipients or categories of recipients, including processors, clients and any outside the EU/EEA</source>
        <translation>ang mga tatanggap o mga kategorya ng tatanggap, kasama ang mga processor, kliyente at sinumang nasa labas ng EU/EEA</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/access_request.py" line="47"/>
        <source>how long each category of data will be kept, or the criteria for deciding</source>
        <translation>kung gaano katagal itatago ang bawat kategorya ng datos, o ang mga batayan sa pagpapasya nito</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/access_request.py" line="48"/>
        <source>all activity and performance metrics about me: tasks, time measured, throughput, accuracy and quality scores, rejections and their reasons, with their dates</source>
        <translation>lahat ng sukatan ng aktibidad at pagganap tungkol sa akin: mga gawain, oras na sinukat, dami ng natapos, mga marka ng katumpakan at kalidad, mga pagtanggi at ang mga dahilan nito, kasama ang mga petsa</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/access_request.py" line="50"/>
        <source>all ratings and reviews of my work, by customers, reviewers or your systems</source>
        <translation>lahat ng rating at pagsusuri sa aking trabaho, mula sa mga customer, tagasuri o sa inyong mga sistema</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/access_request.py" line="51"/>
        <source>all monitoring recordings and screenshots: screen and activity recordings, webcam images, voice recordings, keystroke and mouse data, location, and the identity documents and biometric data I provided</source>
        <translation>lahat ng recording at screenshot ng pagmamanman: recording ng screen at aktibidad, mga larawan mula sa webcam, mga recording ng boses, datos ng keyboard at mouse, lokasyon, at ang mga dokumento ng pagkakakilanlan at biometric na datos na ibinigay ko</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/access_request.py" line="54"/>
        <source>all internal profile tags and scores attached to my account (for example risk, fraud, trust, priority or quality flags), and what each means</source>
        <translation>lahat ng panloob na tag at marka ng profile na nakakabit sa aking account (halimbawa, mga flag ng panganib, pandaraya, tiwala, prayoridad o kalidad), at ang kahulugan ng bawat isa</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/access_request.py" line="60"/>
        <source>the records of my work you used to calculate my pay</source>
        <translation>ang mga rekord ng aking trabaho na ginamit ninyo para kalkulahin ang aking bayad</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/access_request.py" line="61"/>
        <source>any data behind a warning, suspension or deactivation of my account</source>
        <translation>anumang datos na pinagbatayan ng babala, suspensyon o pag-deactivate ng aking account</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/access_request.py" line="23"/>
        <source>the California Consumer Privacy Act (Cal. Civ. Code 1798.100 and 1798.110)</source>
        <translation>ang California Consumer Privacy Act (Cal. Civ. Code 1798.100 at 1798.110)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/access_request.py" line="24"/>
        <source>Request to know (right to know)</source>
        <translation>Kahilingang malaman (karapatang malaman)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/access_request.py" line="24"/>
        <source>45 days</source>
        <translation>45 araw</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/access_request.py" line="26"/>
        <source>Article 15 of the General Data Protection Regulation (and Article 20 for a machine-readable copy)</source>
        <translation>Artikulo 15 ng General Data Protection Regulation (at Artikulo 20 para sa kopyang nababasa ng makina)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/access_request.py" line="101"/>
        <source>Prepared with Contractor Ledger from the worker&apos;s own records. This letter is a template, not legal advice; deadlines can be extended by law in some cases.</source>
        <translation>Inihanda gamit ang Contractor Ledger mula sa sariling mga rekord ng manggagawa. Ang liham na ito ay isang template, hindi legal na payo; sa ilang kaso, maaaring palawigin ng batas ang mga takdang petsa.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/access_request.py" line="56"/>
        <source>an explanation of any automated decision about my pay or the deactivation, suspension or restriction of my account, including profiling, with meaningful information about the logic involved, its significance and its consequences for me {articles}</source>
        <translation>paliwanag sa anumang awtomatikong desisyon tungkol sa aking bayad o sa pag-deactivate, suspensyon o paghihigpit sa aking account, kasama ang profiling, na may makabuluhang impormasyon tungkol sa lohikang ginamit, ang kahalagahan nito at ang mga epekto nito sa akin {articles}</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/access_request.py" line="120"/>
        <source>Privacy / data protection officer</source>
        <translation>Privacy / data protection officer</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/access_request.py" line="75"/>
        <source>in particular the data collected through: {tools}</source>
        <translation>lalo na ang datos na nakolekta sa pamamagitan ng: {tools}</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/access_request.py" line="92"/>
        <source>Please answer within {period} of receiving this request, that is by {deadline}, free of charge. If you need more information to identify me, tell me promptly. If you will not comply with any part of this request, tell me which part and why.</source>
        <translation>Mangyaring sumagot sa loob ng {period} mula nang matanggap ninyo ang kahilingang ito, ibig sabihin nang hindi lalampas sa {deadline}, nang walang bayad. Kung kailangan ninyo ng karagdagang impormasyon para makilala ako, ipaalam agad sa akin. Kung hindi ninyo susundin ang anumang bahagi ng kahilingang ito, sabihin ninyo kung aling bahagi at bakit.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/access_request.py" line="80"/>
        <source>I, {name}, ask you under {law} for access to the personal data you process about me. I have worked for you as a {classification} with the account or worker ID {worker_id}. Please provide:</source>
        <translation>Ako, si {name}, ay humihiling sa inyo, alinsunod sa {law}, na ma-access ang personal na datos na pinoproseso ninyo tungkol sa akin. Nagtrabaho ako para sa inyo bilang {classification} gamit ang account o ID bilang manggagawa na {worker_id}. Mangyaring ibigay ang:</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/access_request.py" line="83"/>
        <source>I, {name}, ask you under {law} for access to the personal data you process about me. I have worked for you as a {classification}. Please provide:</source>
        <translation>Ako, si {name}, ay humihiling sa inyo, alinsunod sa {law}, na ma-access ang personal na datos na pinoproseso ninyo tungkol sa akin. Nagtrabaho ako para sa inyo bilang {classification}. Mangyaring ibigay ang:</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/access_request.py" line="85"/>
        <source>[your full name]</source>
        <translation>[ang inyong buong pangalan]</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/blocks.py" line="40"/>
        <source>{amount}/h</source>
        <translation>{amount}/oras</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/blocks.py" line="135"/>
        <source>Date</source>
        <translation>Petsa</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/blocks.py" line="135"/>
        <source>Start</source>
        <translation>Simula</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/blocks.py" line="135"/>
        <source>End</source>
        <translation>Tapos</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/blocks.py" line="136"/>
        <source>Break</source>
        <translation>Pahinga</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/blocks.py" line="93"/>
        <location filename="../../contractor_app/reports/blocks.py" line="136"/>
        <location filename="../../contractor_app/reports/claim.py" line="286"/>
        <location filename="../../contractor_app/reports/privacy.py" line="85"/>
        <source>Hours</source>
        <translation>Oras</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/blocks.py" line="93"/>
        <location filename="../../contractor_app/reports/blocks.py" line="136"/>
        <source>Category</source>
        <translation>Kategorya</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/blocks.py" line="137"/>
        <source>Units</source>
        <translation>Yunit</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/blocks.py" line="137"/>
        <location filename="../../contractor_app/reports/privacy.py" line="62"/>
        <location filename="../../contractor_app/reports/privacy.py" line="70"/>
        <source>Note</source>
        <translation>Tala</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/blocks.py" line="137"/>
        <source>Marks</source>
        <translation>Marka</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/blocks.py" line="42"/>
        <source>Hours worked (all categories)</source>
        <translation>Mga oras na nagtrabaho (lahat ng kategorya)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/blocks.py" line="43"/>
        <source>Hours in paid categories</source>
        <translation>Mga oras sa bayad na kategorya</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/blocks.py" line="44"/>
        <source>Hours the client does not pay for</source>
        <translation>Mga oras na hindi binabayaran ng kliyente</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/blocks.py" line="45"/>
        <source>Earned at the agreed rates</source>
        <translation>Kinita sa napagkasunduang rate</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/blocks.py" line="46"/>
        <location filename="../../contractor_app/reports/claim.py" line="88"/>
        <location filename="../../contractor_app/reports/pay_summary.py" line="32"/>
        <source>Paid</source>
        <translation>Naibayad</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/blocks.py" line="47"/>
        <source>Balance owed</source>
        <translation>Balanseng dapat bayaran</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/blocks.py" line="48"/>
        <source>Real hourly rate (paid ÷ all hours)</source>
        <translation>Tunay na kita bawat oras (naibayad ÷ lahat ng oras)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/blocks.py" line="65"/>
        <source>Minimum wage (a benchmark: you are a contractor) ({jurisdiction}, from {day})</source>
        <translation>Minimum na sahod (isang sukatan: kontratista ka) ({jurisdiction}, mula {day})</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/blocks.py" line="66"/>
        <source>Minimum wage ({jurisdiction}, from {day})</source>
        <translation>Minimum na sahod ({jurisdiction}, mula {day})</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/blocks.py" line="74"/>
        <source>! Agreed pay short of the minimum wage (hour by hour)</source>
        <translation>! Kulang sa minimum na sahod ang napagkasunduang bayad (oras-oras)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/blocks.py" line="76"/>
        <source>! Agreed pay short of the minimum wage (week by week)</source>
        <translation>! Kulang sa minimum na sahod ang napagkasunduang bayad (linggo-linggo)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/blocks.py" line="80"/>
        <source>Overtime ({rule}, owed)</source>
        <translation>Overtime ({rule}, dapat bayaran)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/blocks.py" line="81"/>
        <source>Overtime ({rule}, estimate if you were an employee)</source>
        <translation>Overtime ({rule}, tantiya kung empleyado ka)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/blocks.py" line="93"/>
        <source>Pay</source>
        <translation>Bayad</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/blocks.py" line="157"/>
        <source>No payments recorded in this period.</source>
        <translation>Walang naitalang bayad sa panahong ito.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/blocks.py" line="162"/>
        <source>Received</source>
        <translation>Natanggap</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/blocks.py" line="162"/>
        <source>From</source>
        <translation>Mula kay</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/blocks.py" line="162"/>
        <source>Gross</source>
        <translation>Gross</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/blocks.py" line="163"/>
        <source>Fees</source>
        <translation>Mga singil</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/blocks.py" line="163"/>
        <source>Net</source>
        <translation>Net</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/blocks.py" line="163"/>
        <source>Pays for</source>
        <translation>Binabayaran ang</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/blocks.py" line="164"/>
        <source>Method</source>
        <translation>Paraan</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/blocks.py" line="164"/>
        <location filename="../../contractor_app/reports/claim.py" line="87"/>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/blocks.py" line="173"/>
        <source>No evidence files kept.</source>
        <translation>Walang itinagong file ng ebidensya.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/blocks.py" line="174"/>
        <location filename="../../contractor_app/reports/privacy.py" line="129"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/blocks.py" line="174"/>
        <source>Type</source>
        <translation>Uri</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/blocks.py" line="174"/>
        <source>Added</source>
        <translation>Idinagdag</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/blocks.py" line="182"/>
        <source>Latest change in the records</source>
        <translation>Pinakahuling pagbabago sa mga rekord</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/blocks.py" line="183"/>
        <source>History fingerprint (audit chain head)</source>
        <translation>Fingerprint ng kasaysayan (ulo ng audit chain)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/blocks.py" line="184"/>
        <source>SHA-256 of this report&apos;s data</source>
        <translation>SHA-256 ng datos ng ulat na ito</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/blocks.py" line="185"/>
        <source>Signature</source>
        <translation>Lagda</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/blocks.py" line="185"/>
        <source>Ed25519, embedded in this file</source>
        <translation>Ed25519, nakapaloob sa file na ito</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/blocks.py" line="186"/>
        <source>Public key fingerprint</source>
        <translation>Fingerprint ng pampublikong susi</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/blocks.py" line="193"/>
        <source>Check this file with: contractor-app verify-report FILE.pdf — it confirms that no byte was changed and whether the records have changed since.</source>
        <translation>Suriin ang file na ito gamit ang: contractor-app verify-report FILE.pdf — kinukumpirma nito na walang byte na binago at kung nagbago ang mga rekord mula noon.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/blocks.py" line="57"/>
        <source>Net hourly rate ((paid − costs) ÷ all hours)</source>
        <translation>Net na kita bawat oras ((naibayad − gastos) ÷ lahat ng oras)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/blocks.py" line="85"/>
        <source>Figure</source>
        <translation>Halaga</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/blocks.py" line="85"/>
        <location filename="../../contractor_app/reports/claim.py" line="87"/>
        <source>Amount</source>
        <translation>Kabuuan</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/blocks.py" line="90"/>
        <location filename="../../contractor_app/reports/explain_text.py" line="111"/>
        <source>paid</source>
        <translation>bayad</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/blocks.py" line="91"/>
        <location filename="../../contractor_app/reports/claim.py" line="91"/>
        <source>not paid</source>
        <translation>hindi bayad</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/blocks.py" line="108"/>
        <source>Hours per week</source>
        <translation>Mga oras bawat linggo</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/blocks.py" line="151"/>
        <source>No entries in this period.</source>
        <translation>Walang entry sa panahong ito.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/blocks.py" line="61"/>
        <source>Costs in other currencies, not subtracted</source>
        <translation>Mga gastos sa ibang pera, hindi ibinawas</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/blocks.py" line="54"/>
        <source>Costs of the work (fees {fees}, expenses {expenses}, distance {distance})</source>
        <translation>Mga gastos sa trabaho (mga singil {fees}, gastusin {expenses}, layo {distance})</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/blocks.py" line="83"/>
        <source>{hours} h, premium {premium}</source>
        <translation>{hours} oras, dagdag-bayad {premium}</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/blocks.py" line="109"/>
        <source>Earned per week ({currency})</source>
        <translation>Kinita bawat linggo ({currency})</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/blocks.py" line="70"/>
        <source>In {currency}, at {rate}</source>
        <translation>Sa {currency}, sa {rate}</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/build.py" line="31"/>
        <location filename="../../contractor_app/reports/claim.py" line="64"/>
        <source>Worker</source>
        <translation>Manggagawa</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/build.py" line="32"/>
        <source>All clients</source>
        <translation>Lahat ng kliyente</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="61"/>
        <source>no payment terms recorded</source>
        <translation>walang naitalang takdang panahon ng pagbabayad</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="167"/>
        <source>The rules applied and their sources are listed after the log; the appendix works out each figure week by week.</source>
        <translation>Nakalista pagkatapos ng log ang mga tuntuning ginamit at ang mga pinagmulan nito; sa apendiks, kinakalkula ang bawat halaga linggo-linggo.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="44"/>
        <source>Claim packet: records of work and pay</source>
        <translation>Pakete ng paghahabol: mga rekord ng trabaho at bayad</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="47"/>
        <source>Summary</source>
        <translation>Buod</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="48"/>
        <source>The figures</source>
        <translation>Ang mga halaga</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="63"/>
        <source>The parties</source>
        <translation>Ang mga partido</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="79"/>
        <source>These records were kept by the worker at the time of the work, in an encrypted, tamper-evident ledger. Entries recorded more than 24 hours after the work, and entries edited later, are marked; the appendix lists every edit.</source>
        <translation>Ang mga rekord na ito ay itinala ng manggagawa sa mismong oras ng trabaho, sa isang naka-encrypt na talaan na nagpapakita ng anumang pakikialam. Minarkahan ang mga entry na naitala nang higit 24 oras pagkatapos ng trabaho, at ang mga binago sa kalaunan; nakalista sa apendiks ang bawat pagbabago.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="99"/>
        <source>Daily log</source>
        <translation>Araw-araw na log</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="106"/>
        <source>Payments</source>
        <translation>Mga bayad</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="107"/>
        <source>Evidence index</source>
        <translation>Indeks ng ebidensya</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="108"/>
        <source>Rules applied</source>
        <translation>Mga tuntuning ginamit</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="109"/>
        <source>Appendix: how the figures were worked out</source>
        <translation>Apendiks: paano kinalkula ang mga halaga</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="110"/>
        <source>Appendix: edit history</source>
        <translation>Apendiks: kasaysayan ng mga pagbabago</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="179"/>
        <source>This file is signed with the records&apos; key (see Integrity).</source>
        <translation>Nilagdaan ang file na ito gamit ang susi ng mga rekord (tingnan ang Integridad).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="269"/>
        <source>Not legal advice: each value is shown with the source it was taken from.</source>
        <translation>Hindi legal na payo: bawat halaga ay ipinapakita kasama ang pinagmulan nito.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="60"/>
        <source>paid within {days} days</source>
        <translation>binabayaran sa loob ng {days} araw</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="64"/>
        <location filename="../../contractor_app/reports/privacy.py" line="109"/>
        <source>Client</source>
        <translation>Kliyente</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="86"/>
        <location filename="../../contractor_app/reports/share_summary.py" line="71"/>
        <source>Late payments</source>
        <translation>Mga huling bayad</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="128"/>
        <source>Balance owed {balance}: earned {earned} at the agreed rates, paid {paid}.</source>
        <translation>Balanseng dapat bayaran {balance}: kinita {earned} sa napagkasunduang rate, naibayad {paid}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="150"/>
        <source>The client agreed to pay at the rates recorded for {client}.</source>
        <translation>Pumayag ang kliyente na magbayad ayon sa mga rate na naitala para sa {client}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="154"/>
        <source>The minimum wage of {jurisdiction} applies ({official}; read in a copy at {source}).</source>
        <translation>Umiiral ang minimum na sahod ng {jurisdiction} ({official}; nabasa sa isang kopya sa {source}).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="162"/>
        <source>That figure was read at a secondary source and is not yet checked against the official one.</source>
        <translation>Ang halagang iyon ay nabasa sa pangalawang pinagmulan at hindi pa nasusuri sa opisyal na pinagmulan.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="171"/>
        <source>{entries} entries ({hours} hours) recorded by the worker at the time ({late} recorded more than 24 hours after the work, {edited} edited later, each edit listed); payments received: {payments}; evidence files, each with its SHA-256: {files}.</source>
        <translation>{entries} entry ({hours} oras) na itinala ng manggagawa sa mismong oras ({late} na naitala nang higit 24 oras pagkatapos ng trabaho, {edited} na binago sa kalaunan, nakalista ang bawat pagbabago); mga bayad na natanggap: {payments}; mga file ng ebidensya, bawat isa may SHA-256: {files}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="197"/>
        <source>Payment deadlines under {law}, which also entitles the worker to {requires}.</source>
        <translation>Mga takdang petsa ng bayad ayon sa {law}, na nagbibigay rin sa manggagawa ng karapatan sa {requires}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="218"/>
        <source> (read at a secondary source, not yet checked against the official one)</source>
        <translation> (nabasa sa pangalawang pinagmulan, hindi pa nasusuri sa opisyal na pinagmulan)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="227"/>
        <location filename="../../contractor_app/reports/claim.py" line="287"/>
        <source>Minimum wage</source>
        <translation>Minimum na sahod</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="228"/>
        <source>{jurisdiction} {amount}/h{as_stated} from {day}</source>
        <translation>{jurisdiction} {amount}/oras{as_stated} mula {day}</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="235"/>
        <location filename="../../contractor_app/reports/claim.py" line="238"/>
        <source>Exchange rate</source>
        <translation>Palitan ng pera</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="241"/>
        <source>the worker&apos;s own records</source>
        <translation>ang sariling mga rekord ng manggagawa</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="244"/>
        <location filename="../../contractor_app/reports/claim.py" line="288"/>
        <source>App-based pay floor</source>
        <translation>Pinakamababang bayad para sa trabaho sa app</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="244"/>
        <source>{name} ({citation}): {amount} per {unit}, from {day}; </source>
        <translation>{name} ({citation}): {amount} bawat {unit}, mula {day}; </translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="252"/>
        <location filename="../../contractor_app/reports/claim.py" line="287"/>
        <source>Overtime</source>
        <translation>Overtime</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="254"/>
        <source>Payment deadline</source>
        <translation>Takdang petsa ng bayad</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="260"/>
        <source>{law}: {threshold} in a calendar year</source>
        <translation>{law}: {threshold} sa loob ng isang taon ng kalendaryo</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="261"/>
        <source>{law}: {threshold} in {days} days</source>
        <translation>{law}: {threshold} sa loob ng {days} araw</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="265"/>
        <source>No minimum wage, overtime or payment law applied to these records.</source>
        <translation>Walang batas sa minimum na sahod, overtime o pagbabayad na umiral sa mga rekord na ito.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="267"/>
        <source>Rule</source>
        <translation>Tuntunin</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="267"/>
        <source>Value</source>
        <translation>Halaga</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="267"/>
        <source>Source</source>
        <translation>Pinagmulan</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="288"/>
        <source>Paid and owed</source>
        <translation>Naibayad at utang</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="302"/>
        <source>No entry in this packet was edited after it was recorded.</source>
        <translation>Walang entry sa paketeng ito na binago pagkatapos itong maitala.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="307"/>
        <source>Entry</source>
        <translation>Entry</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="307"/>
        <location filename="../../contractor_app/reports/time_block.py" line="76"/>
        <source>Change</source>
        <translation>Pagbabago</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="307"/>
        <source>When (UTC)</source>
        <translation>Kailan (UTC)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="308"/>
        <location filename="../../contractor_app/reports/privacy.py" line="61"/>
        <source>What</source>
        <translation>Ano</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="308"/>
        <source>Fields changed</source>
        <translation>Mga binagong field</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="45"/>
        <source>Period {start} to {end}, reckoned on {as_of}</source>
        <translation>Panahon mula {start} hanggang {end}, kinalkula noong {as_of}</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="65"/>
        <source>Name</source>
        <translation>Pangalan</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="66"/>
        <source>Legal name</source>
        <translation>Legal na pangalan</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="67"/>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="68"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="70"/>
        <source>Worker&apos;s id on the platform</source>
        <translation>ID ng manggagawa sa platform</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="71"/>
        <source>Classification</source>
        <translation>Klasipikasyon</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="72"/>
        <source>Where the work is done</source>
        <translation>Saan ginagawa ang trabaho</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="74"/>
        <source>Pay terms</source>
        <translation>Mga tuntunin sa bayad</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="75"/>
        <source>Written contract on file</source>
        <translation>May nakasulat na kontrata sa file</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="87"/>
        <source>Work done</source>
        <translation>Natapos na trabaho</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="88"/>
        <location filename="../../contractor_app/reports/privacy.py" line="110"/>
        <source>Due</source>
        <translation>Takdang petsa</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="88"/>
        <source>Days late</source>
        <translation>Araw ng pagkaantala</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="89"/>
        <source>Law and remedy (estimate)</source>
        <translation>Batas at lunas (tantiya)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="100"/>
        <source>{entries} entries, {hours} hours. Marks: L recorded more than 24 h after the work; E edited after it was recorded (see the appendix); O overlaps another entry.</source>
        <translation>{entries} entry, {hours} oras. Mga marka: L naitala nang higit 24 oras pagkatapos ng trabaho; E binago pagkatapos maitala (tingnan ang apendiks); O nagsasanib sa ibang entry.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="112"/>
        <source>Integrity</source>
        <translation>Integridad</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="132"/>
        <source>The agreed pay is below the minimum wage by {shortfall}.</source>
        <translation>Mas mababa ang napagkasunduang bayad kaysa sa minimum na sahod nang {shortfall}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="139"/>
        <source>The agreed pay is below the app-based pay floor by {shortfall}.</source>
        <translation>Mas mababa ang napagkasunduang bayad kaysa sa pinakamababang bayad para sa trabaho sa app nang {shortfall}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="143"/>
        <source>Payments late: {count}.</source>
        <translation>Mga huling bayad: {count}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="148"/>
        <source>Payments short of what the work earned: {count}.</source>
        <translation>Mga bayad na kulang sa kinita ng trabaho: {count}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="159"/>
        <source>The minimum wage of {jurisdiction} applies ({source}).</source>
        <translation>Umiiral ang minimum na sahod ng {jurisdiction} ({source}).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="165"/>
        <source>Overtime under {rule}.</source>
        <translation>Overtime ayon sa {rule}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="195"/>
        <source>Payment deadlines under {laws}.</source>
        <translation>Mga takdang petsa ng bayad ayon sa {laws}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="199"/>
        <source>{law} entitles the worker to {requires}.</source>
        <translation>Ayon sa {law}, may karapatan ang manggagawa sa {requires}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="177"/>
        <source>This file is signed with the records&apos; key (see Integrity); the records were anchored, latest on {day}.</source>
        <translation>Nilagdaan ang file na ito gamit ang susi ng mga rekord (tingnan ang Integridad); na-anchor ang mga rekord, pinakahuli noong {day}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="183"/>
        <source>What is owed</source>
        <translation>Ano ang dapat bayaran</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="183"/>
        <source>Why</source>
        <translation>Bakit</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="184"/>
        <source>On what evidence</source>
        <translation>Batay sa anong ebidensya</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="51"/>
        <source>Short payment for {start} to {end}: earned {earned}, paid {paid}, short by {short}</source>
        <translation>Kulang na bayad para sa {start} hanggang {end}: kinita {earned}, naibayad {paid}, kulang nang {short}</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="56"/>
        <source>{law}: work reached {amount} by {day}, which entitles the worker to {requires}; none is on file.</source>
        <translation>{law}: umabot ang trabaho sa {amount} noong {day}, kaya may karapatan ang manggagawa sa {requires}; walang nasa file.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="76"/>
        <source>yes</source>
        <translation>oo</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="76"/>
        <source>no</source>
        <translation>hindi</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="135"/>
        <source>Overtime premium {premium} (owed).</source>
        <translation>Dagdag-bayad sa overtime {premium} (dapat bayaran).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="136"/>
        <source>Overtime premium {premium} (an estimate, owed if the worker is an employee).</source>
        <translation>Dagdag-bayad sa overtime {premium} (tantiya, dapat bayaran kung empleyado ang manggagawa).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="145"/>
        <source>Remedies for late payment: up to {amount} more.</source>
        <translation>Mga lunas para sa huling bayad: hanggang {amount} pa.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="238"/>
        <source>none recorded: {weeks} workweek(s) to {day} not compared with the minimum wage in {currency}</source>
        <translation>walang naitala: {weeks} linggo ng trabaho hanggang {day} na hindi naikumpara sa minimum na sahod sa {currency}</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="250"/>
        <source>met</source>
        <translation>naabot</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="254"/>
        <source>{law} ({citation}): {days} days</source>
        <translation>{law} ({citation}): {days} araw</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="292"/>
        <source>Source: {source}</source>
        <translation>Pinagmulan: {source}</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="236"/>
        <source>{source} (the worker&apos;s own records)</source>
        <translation>{source} (ang sariling mga rekord ng manggagawa)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="249"/>
        <source>the agreed pay is below it by {shortfall}</source>
        <translation>mas mababa rito ang napagkasunduang bayad nang {shortfall}</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="93"/>
        <source>due under the {basis} terms</source>
        <translation>dapat bayaran ayon sa mga tuntunin ng {basis}</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="94"/>
        <source>; up to {amount} more</source>
        <translation>; hanggang {amount} pa</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/kinds.py" line="56"/>
        <location filename="../../contractor_app/reports/pay_summary.py" line="20"/>
        <source>Pay summary</source>
        <translation>Buod ng bayad</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/kinds.py" line="57"/>
        <source>To check your pay, or to show a client your hours, earnings and payments.</source>
        <translation>Para suriin ang iyong bayad, o para ipakita sa kliyente ang iyong mga oras, kita at bayad.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/kinds.py" line="60"/>
        <source>Claim packet</source>
        <translation>Pakete ng paghahabol</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/kinds.py" line="61"/>
        <source>For a wage claim or a lawyer: what you are owed, with the entries and evidence behind it.</source>
        <translation>Para sa paghahabol ng sahod o sa abogado: ang dapat ibayad sa iyo, kasama ang mga entry at ebidensya.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/kinds.py" line="64"/>
        <location filename="../../contractor_app/reports/privacy.py" line="43"/>
        <source>Privacy report</source>
        <translation>Ulat sa privacy</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/kinds.py" line="65"/>
        <source>The data your work involved and what platforms collected about you, with incidents.</source>
        <translation>Ang datos na sangkot sa iyong trabaho at ang nakolekta ng mga platform tungkol sa iyo, kasama ang mga insidente.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/kinds.py" line="68"/>
        <source>Data access request</source>
        <translation>Kahilingan sa pag-access ng datos</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/kinds.py" line="69"/>
        <source>A letter asking a client for a copy of the personal data it holds about you.</source>
        <translation>Isang liham na humihiling sa kliyente ng kopya ng personal na datos nito tungkol sa iyo.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/kinds.py" line="72"/>
        <source>Data access follow-up</source>
        <translation>Pag-follow up sa kahilingan sa pag-access ng datos</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/kinds.py" line="73"/>
        <source>A letter for a data access request that went unanswered past its deadline, or whose answer left things out.</source>
        <translation>Isang liham para sa kahilingan sa pag-access ng datos na hindi nasagot pagkalipas ng takdang petsa, o kulang ang sagot.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/language.py" line="215"/>
        <source>contractor</source>
        <translation>kontratista</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/language.py" line="215"/>
        <source>employee</source>
        <translation>empleyado</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="25"/>
        <source>{source} (read {read} at a secondary source; to confirm at {official})</source>
        <translation>{source} (nabasa noong {read} sa isang pangalawang sanggunian; kumpirmahin pa sa {official})</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="208"/>
        <location filename="../../contractor_app/reports/explain_text.py" line="26"/>
        <source>{official} (read in a copy at {source})</source>
        <translation>{official} (nabasa sa isang kopya sa {source})</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="27"/>
        <source>{basis}; {source}</source>
        <translation>{basis}; {source}</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="28"/>
        <source>1 {base} = {rate} {quote} on {on} ({source})</source>
        <translation>1 {base} = {rate} {quote} noong {on} ({source})</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="29"/>
        <source>workdays start at {start} {zone} (your zone: the law&apos;s is not known)</source>
        <translation>nagsisimula ang mga araw ng trabaho nang {start} {zone} (ang zone mo: hindi alam ang sa batas)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="30"/>
        <source> ({amount} a day{divisor})</source>
        <translation> ({amount} kada araw{divisor})</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="31"/>
        <source> ({amount} a week{divisor})</source>
        <translation> ({amount} kada linggo{divisor})</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="32"/>
        <source> ({amount} a month{divisor})</source>
        <translation> ({amount} kada buwan{divisor})</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="33"/>
        <source>The minimum wage here is in {target} and you are paid in {base}: {span} cannot be compared without an exchange rate from your own records (this app never takes one from the network). To compare, {how}.</source>
        <translation>Ang minimum na sahod dito ay nasa {target} at binabayaran ka sa {base}: hindi maikukumpara ang {span} nang walang exchange rate mula sa sarili mong mga record (hindi kumukuha nito ang app na ito mula sa network). Para makumpara, {how}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="36"/>
        <source>workdays in your zone</source>
        <translation>mga araw ng trabaho sa zone mo</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="37"/>
        <source>workdays start at {start} {zone}</source>
        <translation>nagsisimula ang mga araw ng trabaho nang {start} {zone}</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="38"/>
        <source> ÷ {hours} h</source>
        <translation> ÷ {hours} h</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="39"/>
        <source>Hours worked from {start} to {end}, by the days of your own zone: {hours} h ({by}).</source>
        <translation>Mga oras na tinrabaho mula {start} hanggang {end}, ayon sa mga araw ng sarili mong zone: {hours} h ({by}).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="40"/>
        <source>Straight time: each day&apos;s work at the terms in force that day (hourly: rate x hours; per unit: rate x units, on the day the entry started; a fixed price once, on the day of the engagement&apos;s first work), rounded to the cent day by day.</source>
        <translation>Straight time: ang trabaho ng bawat araw ayon sa mga termino na may bisa sa araw na iyon (kada oras: rate x oras; kada unit: rate x units, sa araw na nagsimula ang entry; isang fixed price nang isang beses, sa araw ng unang trabaho sa engagement), ni-round sa sentimo araw-araw.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="43"/>
        <source>Earned = straight time + bonuses and adjustments + overtime premium (owed to employees only).</source>
        <translation>Kinita = straight time + mga bonus at adjustment + overtime premium (utang lamang sa mga empleyado).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="45"/>
        <source>, and over {daily} h in a workday ({double} h: double time)</source>
        <translation>, at lampas {daily} h sa isang araw ng trabaho ({double} h: doble)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="46"/>
        <source>an estimate only: you are a contractor</source>
        <translation>tantiya lamang: kontratista ka</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="47"/>
        <source>{rule}: {multiplier}x the regular rate for hours over {weekly} in the workweek{daily}{seventh} ({status}). Each workweek is assessed whole, in the law&apos;s days ({where}), and counted once, in the period holding its last day. The premium is what overtime adds to the straight time already counted: (multiplier - 1) x regular rate x hours; the regular rate is the week&apos;s straight time plus bonuses over all its hours.</source>
        <translation>{rule}: {multiplier}x ang regular rate para sa mga oras na lampas {weekly} sa workweek{daily}{seventh} ({status}). Tinatasa nang buo ang bawat workweek, sa mga araw ng batas ({where}), at binibilang nang isang beses, sa period na may huling araw nito. Ang premium ang idinadagdag ng overtime sa straight time na nabilang na: (multiplier - 1) x regular rate x oras; ang regular rate ay ang straight time ng linggo kasama ang mga bonus, hinati sa lahat ng oras nito.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="53"/>
        <source>every hour on its own: an entry&apos;s pay covers that entry&apos;s hours only, and an hour paid nothing is short by the whole minimum wage</source>
        <translation>bawat oras nang hiwalay: ang bayad ng isang entry ay para lamang sa mga oras ng entry na iyon, at ang oras na walang bayad ay kulang ng buong minimum na sahod</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="55"/>
        <source>per workweek: the week&apos;s agreed pay (with bonuses and adjustments) against its hours at the minimum wage</source>
        <translation>kada workweek: ang napagkasunduang bayad ng linggo (kasama ang mga bonus at adjustment) laban sa mga oras nito sa minimum na sahod</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="57"/>
        <source>You are a contractor: the minimum wage is a benchmark, a right only if you were misclassified. </source>
        <translation>Kontratista ka: ang minimum na sahod ay batayan lamang, karapatan lamang kung mali ang pagkaka-classify sa iyo. </translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="59"/>
        <source>{who}Judged on what the agreed terms pay for the hours (hours in unpaid categories count as paid nothing), never on money received: money not yet received is owed, not underpaid. Minimum wage {wage}/h{stated} ({jurisdiction}, from {since}); test: {test}.</source>
        <translation>{who}Hinuhusgahan batay sa ibinabayad ng napagkasunduang mga termino para sa mga oras (ang mga oras sa mga category na walang bayad ay bilang na walang bayad), hindi kailanman sa perang natanggap: ang perang hindi pa natatanggap ay utang, hindi kulang na bayad. Minimum na sahod {wage}/h{stated} ({jurisdiction}, mula {since}); pagsubok: {test}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="63"/>
        <source>Shortfall for the period = the sum of its workweeks&apos; shortfalls.</source>
        <translation>Kakulangan sa period = ang kabuuan ng mga kakulangan ng mga workweek nito.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="64"/>
        <source>You marked this client as app-based: {name} ({citation}) sets {amount} per {unit} for {applies_to}, from {since}, whatever your classification. Judged per workweek: the hours recorded at the floor against what the agreed terms pay for them, bonuses and adjustments dated in the week included (tips are not pay under these laws).</source>
        <translation>Minarkahan mo ang client na ito bilang app-based: ang {name} ({citation}) ay nagtatakda ng {amount} kada {unit} para sa {applies_to}, mula {since}, anuman ang classification mo. Hinuhusgahan kada workweek: ang mga oras na naitala sa floor laban sa ibinabayad ng napagkasunduang mga termino para sa mga ito, kasama ang mga bonus at adjustment na may petsa sa linggo (hindi bayad ang tip sa ilalim ng mga batas na ito).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="68"/>
        <source>the workweek ending {end}</source>
        <translation>ang workweek na nagtatapos sa {end}</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="69"/>
        <source>{weeks} workweeks ending {first} to {last}</source>
        <translation>{weeks} workweek na nagtatapos mula {first} hanggang {last}</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="70"/>
        <source>Amounts allocated to entries count on the entry&apos;s day; the rest of a payment counts when the period it covers ends in this period (the day it came, if no period is recorded). Balance = earned - paid: money still owed to you (late if past its due date).</source>
        <translation>Ang mga halagang inilaan sa mga entry ay bilang sa araw ng entry; ang natitira sa isang bayad ay bilang kapag nagtapos sa period na ito ang period na sakop nito (sa araw na dumating ito, kung walang naitalang period). Balanse = kinita - naibayad: perang utang pa sa iyo (late kung lampas na sa due date nito).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="74"/>
        <source>{category} {hours} h</source>
        <translation>{category} {hours} h</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="75"/>
        <source>You are an employee: hours in categories the terms call unpaid are still hours worked and are paid, at the agreed hourly rate (or the minimum wage under per-unit terms).</source>
        <translation>Empleyado ka: ang mga oras sa mga category na tinatawag ng mga termino na walang bayad ay oras pa ring tinrabaho at binabayaran, sa napagkasunduang rate kada oras (o sa minimum na sahod kung kada unit ang mga termino).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="78"/>
        <source>Bonuses and adjustments dated in the period are added.</source>
        <translation>Idinadagdag ang mga bonus at adjustment na may petsa sa period.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="79"/>
        <source>No overtime rule is known for this client&apos;s jurisdiction.</source>
        <translation>Walang alam na patakaran sa overtime para sa jurisdiction ng client na ito.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="80"/>
        <source>Workweek {start} to {end}: {hours} h; regular rate ({straight} + bonus {bonus}) / {hours} h = {rate}/h; {overtime} h at {multiplier}x and {double} h at 2x: premium {extra} x {rate} x {overtime} + 1 x {rate} x {double} = {premium}</source>
        <translation>Workweek {start} hanggang {end}: {hours} h; regular rate ({straight} + bonus {bonus}) / {hours} h = {rate}/h; {overtime} h sa {multiplier}x at {double} h sa 2x: premium {extra} x {rate} x {overtime} + 1 x {rate} x {double} = {premium}</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="83"/>
        <source>The minimum wage is in {wage_currency} and you are paid in {currency}: each workweek converts it at the latest rate in your own records on or before the week&apos;s last day (a rate you recorded or a statement showed; else a converted payment&apos;s), never one from the network. The hourly minimum at that rate is the minimum in your pay&apos;s currency.</source>
        <translation>Ang minimum na sahod ay nasa {wage_currency} at binabayaran ka sa {currency}: kino-convert ito ng bawat workweek sa pinakabagong rate sa sarili mong mga record sa o bago ang huling araw ng linggo (rate na itinala mo o ipinakita ng isang statement; kung wala, ang sa isang na-convert na bayad), hindi kailanman mula sa network. Ang minimum kada oras sa rate na iyon ang minimum sa currency ng bayad mo.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="88"/>
        <source>sum of each entry-day&apos;s own shortfall</source>
        <translation>kabuuan ng sariling kakulangan ng bawat araw ng bawat entry</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="89"/>
        <source>{required} - {pay}, not below zero</source>
        <translation>{required} - {pay}, hindi bababa sa zero</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="90"/>
        <source> (minimum {wage}/h at {rate})</source>
        <translation> (minimum {wage}/h sa {rate})</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="91"/>
        <source>Workweek {start} to {end}: {hours} h at the minimum wage{converted} = {required}; the terms pay {pay}; short {shortfall} ({rule}).</source>
        <translation>Workweek {start} hanggang {end}: {hours} h sa minimum na sahod{converted} = {required}; nagbabayad ang mga termino ng {pay}; kulang ng {shortfall} ({rule}).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="93"/>
        <source>Workweek {start} to {end}: {hours} h x {floor} = {required}; the terms pay {pay}; short {shortfall} ({required} - {pay}, not below zero).</source>
        <translation>Workweek {start} hanggang {end}: {hours} h x {floor} = {required}; nagbabayad ang mga termino ng {pay}; kulang ng {shortfall} ({required} - {pay}, hindi bababa sa zero).</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="95"/>
        <source>record the rate you were paid at: {command} (or any day before it)</source>
        <translation>itala ang rate kung saan ka binayaran: {command} (o anumang araw bago nito)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="96"/>
        <source>No minimum wage applies: none is known for this client&apos;s place, no pay terms are recorded, or no workweek ends in this period.</source>
        <translation>Walang minimum na sahod na umiiral: walang alam para sa lugar ng client na ito, walang naitalang mga termino ng bayad, o walang workweek na nagtatapos sa period na ito.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="98"/>
        <source>; the 7th consecutive day of the workweek too</source>
        <translation>; pati ang ika-7 magkakasunod na araw ng workweek</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="102"/>
        <source>owed: you are an employee</source>
        <translation>utang: empleyado ka</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="103"/>
        <source>none</source>
        <translation>wala</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="104"/>
        <source>hours worked</source>
        <translation>mga oras na tinrabaho</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="105"/>
        <source>hours the terms pay for</source>
        <translation>mga oras na binabayaran ng mga termino</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="106"/>
        <source>straight time</source>
        <translation>straight time</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="107"/>
        <source>bonuses and adjustments</source>
        <translation>mga bonus at adjustment</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="108"/>
        <source>overtime premium owed</source>
        <translation>utang na overtime premium</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="109"/>
        <source>earned</source>
        <translation>kinita</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="110"/>
        <source>shortfall</source>
        <translation>kakulangan</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="112"/>
        <source>balance</source>
        <translation>balanse</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="113"/>
        <source>hours</source>
        <translation>oras</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="114"/>
        <source>regular rate</source>
        <translation>regular rate</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="115"/>
        <source>overtime hours</source>
        <translation>mga oras ng overtime</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="116"/>
        <source>double-time hours</source>
        <translation>mga oras na doble</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="117"/>
        <source>premium</source>
        <translation>premium</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="118"/>
        <source>rate</source>
        <translation>exchange rate</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="119"/>
        <source>minimum per hour</source>
        <translation>minimum kada oras</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="120"/>
        <source>required</source>
        <translation>kailangan</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="121"/>
        <source>agreed pay</source>
        <translation>napagkasunduang bayad</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="122"/>
        <location filename="../../contractor_app/reports/language.py" line="222"/>
        <source>productive</source>
        <translation>produktibo</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="123"/>
        <location filename="../../contractor_app/reports/language.py" line="222"/>
        <source>training</source>
        <translation>pagsasanay</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="124"/>
        <location filename="../../contractor_app/reports/language.py" line="223"/>
        <source>onboarding</source>
        <translation>onboarding</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="125"/>
        <location filename="../../contractor_app/reports/language.py" line="223"/>
        <source>assessment</source>
        <translation>pagsusulit</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="126"/>
        <location filename="../../contractor_app/reports/language.py" line="224"/>
        <source>waiting</source>
        <translation>paghihintay</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="127"/>
        <location filename="../../contractor_app/reports/language.py" line="224"/>
        <source>rework</source>
        <translation>pag-uulit</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="128"/>
        <location filename="../../contractor_app/reports/language.py" line="225"/>
        <source>admin</source>
        <translation>admin</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="129"/>
        <location filename="../../contractor_app/reports/language.py" line="225"/>
        <source>travel</source>
        <translation>biyahe</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="130"/>
        <source>your record</source>
        <translation>record mo</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="131"/>
        <source>hour</source>
        <translation>oras</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="139"/>
        <source>app-based restaurant delivery workers, per hour of active time, before tips</source>
        <translation>mga app-based na delivery worker ng restawran, kada oras ng aktibong oras, bago ang tip</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="140"/>
        <source>app-based workers, per hour of engaged time (0.44 per minute; plus 0.74 per engaged mile and at least 5.00 per offer, not modelled)</source>
        <translation>mga app-based worker, kada oras ng engaged time (0.44 kada minuto; dagdag na 0.74 kada engaged mile at hindi bababa sa 5.00 kada offer, hindi minodelo)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/explain_text.py" line="142"/>
        <source>app-based workers, per hour of engaged time (0.45 per minute; plus 0.77 per engaged mile and at least 5.20 per offer, not modelled)</source>
        <translation>mga app-based worker, kada oras ng engaged time (0.45 kada minuto; dagdag na 0.77 kada engaged mile at hindi bababa sa 5.20 kada offer, hindi minodelo)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/layout.py" line="229"/>
        <source>A report made from the worker&apos;s own records</source>
        <translation>Isang ulat na ginawa mula sa sariling mga rekord ng manggagawa</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/layout.py" line="212"/>
        <source>Made by Contractor Ledger on {day} from the worker&apos;s own records</source>
        <translation>Ginawa ng Contractor Ledger noong {day} mula sa sariling mga rekord ng manggagawa</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/layout.py" line="219"/>
        <source>page {number} of {total}</source>
        <translation>pahina {number} ng {total}</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/pay_summary.py" line="17"/>
        <location filename="../../contractor_app/reports/privacy.py" line="45"/>
        <source>all clients</source>
        <translation>lahat ng kliyente</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/pay_summary.py" line="31"/>
        <source>Totals</source>
        <translation>Kabuuan</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/pay_summary.py" line="43"/>
        <source>Payments received</source>
        <translation>Mga bayad na natanggap</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/pay_summary.py" line="49"/>
        <source>{start} to {end}</source>
        <translation>{start} hanggang {end}</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/pay_summary.py" line="25"/>
        <source>Nothing was recorded in this period.</source>
        <translation>Walang naitala sa panahong ito.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/pay_summary.py" line="32"/>
        <source>Currency</source>
        <translation>Pera</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/claim.py" line="286"/>
        <location filename="../../contractor_app/reports/pay_summary.py" line="32"/>
        <source>Earned</source>
        <translation>Kinita</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/pay_summary.py" line="33"/>
        <source>Balance</source>
        <translation>Balanse</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/pay_summary.py" line="18"/>
        <location filename="../../contractor_app/reports/privacy.py" line="44"/>
        <source>The worker</source>
        <translation>Ang manggagawa</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/privacy.py" line="46"/>
        <source>What data the work involved, what the platforms collected about the worker, and what happened to it. Made from the worker&apos;s own records.</source>
        <translation>Anong datos ang sangkot sa trabaho, ano ang nakolekta ng mga platform tungkol sa manggagawa, at ano ang nangyari rito. Ginawa mula sa sariling mga rekord ng manggagawa.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/privacy.py" line="108"/>
        <source>Data-access requests</source>
        <translation>Mga kahilingan sa pag-access ng datos</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/privacy.py" line="26"/>
        <source>biometrics may only be processed to authenticate the worker (EU Platform Work Directive art. 7)</source>
        <translation>ang biometric na datos ay maaari lamang iproseso para patunayan ang pagkakakilanlan ng manggagawa (EU Platform Work Directive art. 7)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/privacy.py" line="28"/>
        <source>continuous webcam monitoring may reveal emotional state or private life, which platforms may not process (EU Platform Work Directive art. 7)</source>
        <translation>ang tuloy-tuloy na pagmamanman sa webcam ay maaaring maglantad ng damdamin o pribadong buhay, na hindi maaaring iproseso ng mga platform (EU Platform Work Directive art. 7)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/privacy.py" line="36"/>
        <source>ongoing</source>
        <translation>nagpapatuloy</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/privacy.py" line="51"/>
        <source>No data records or incidents are recorded yet. Record them with `data handled`, `data collected` and `incident add`.</source>
        <translation>Wala pang naitalang rekord ng datos o insidente. Itala ang mga ito gamit ang `data handled`, `data collected` at `incident add`.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/privacy.py" line="82"/>
        <source>Incidents</source>
        <translation>Mga insidente</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/privacy.py" line="100"/>
        <source>waiting, in time</source>
        <translation>naghihintay, nasa oras pa</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/privacy.py" line="100"/>
        <source>OVERDUE: no answer</source>
        <translation>LAMPAS NA: walang sagot</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/privacy.py" line="101"/>
        <source>answered in part</source>
        <translation>bahagyang sinagot</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/privacy.py" line="102"/>
        <source>answered</source>
        <translation>sinagot</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/privacy.py" line="109"/>
        <source>Law</source>
        <translation>Batas</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/privacy.py" line="109"/>
        <source>Sent</source>
        <translation>Ipinadala</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/privacy.py" line="110"/>
        <source>Standing</source>
        <translation>Katayuan</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/privacy.py" line="110"/>
        <source>Answer</source>
        <translation>Sagot</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/privacy.py" line="111"/>
        <source>Missing</source>
        <translation>Kulang</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/privacy.py" line="123"/>
        <source>Received from {client} for the request of {sent}: 1 file, kept as evidence</source>
        <translation>Natanggap mula sa {client} para sa kahilingan noong {sent}: 1 file, itinago bilang ebidensya</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/privacy.py" line="125"/>
        <source>Received from {client} for the request of {sent}: {count} files, kept as evidence</source>
        <translation>Natanggap mula sa {client} para sa kahilingan noong {sent}: {count} na file, itinago bilang ebidensya</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/privacy.py" line="147"/>
        <source>What the incidents cost you: {costs}.</source>
        <translation>Ang nagastos mo dahil sa mga insidente: {costs}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/privacy.py" line="60"/>
        <source>Data you handled for them</source>
        <translation>Datos na hinawakan mo para sa kanila</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/privacy.py" line="67"/>
        <source>What they collected about you</source>
        <translation>Ang nakolekta nila tungkol sa iyo</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/privacy.py" line="83"/>
        <source>Kind</source>
        <translation>Uri</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/privacy.py" line="83"/>
        <source>Company</source>
        <translation>Kumpanya</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/privacy.py" line="83"/>
        <source>Notice</source>
        <translation>Abiso</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/privacy.py" line="62"/>
        <location filename="../../contractor_app/reports/privacy.py" line="69"/>
        <location filename="../../contractor_app/reports/privacy.py" line="84"/>
        <source>When</source>
        <translation>Kailan</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/privacy.py" line="84"/>
        <source>Data involved</source>
        <translation>Datos na sangkot</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/privacy.py" line="84"/>
        <source>Steps taken</source>
        <translation>Mga hakbang na ginawa</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/privacy.py" line="85"/>
        <source>Costs</source>
        <translation>Gastos</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/privacy.py" line="85"/>
        <source>Status</source>
        <translation>Katayuan</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/privacy.py" line="61"/>
        <source>Whose data</source>
        <translation>Kaninong datos</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/privacy.py" line="61"/>
        <source>Sensitivity</source>
        <translation>Pagkasensitibo</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/privacy.py" line="68"/>
        <source>Monitoring</source>
        <translation>Pagmamanman</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/privacy.py" line="68"/>
        <source>Tool</source>
        <translation>Kasangkapan</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/privacy.py" line="68"/>
        <source>Consent</source>
        <translation>Pahintulot</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/privacy.py" line="69"/>
        <source>Retention you were told</source>
        <translation>Tagal ng pagtatago na sinabi sa iyo</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/privacy.py" line="129"/>
        <source>Kept on</source>
        <translation>Itinago noong</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/privacy.py" line="129"/>
        <source>Bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/privacy.py" line="146"/>
        <source>{hours} hours</source>
        <translation>{hours} oras</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/privacy.py" line="148"/>
        <source> and </source>
        <translation> at </translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/privacy.py" line="119"/>
        <source>{client}: the {sent} request was due by {due} and is unanswered.</source>
        <translation>{client}: ang kahilingan noong {sent} ay dapat nasagot nang hindi lalampas sa {due} at wala pang sagot.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/privacy.py" line="72"/>
        <source>not told</source>
        <translation>hindi sinabi</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/privacy.py" line="79"/>
        <source>{tool} ({monitoring}): consent {consent}.</source>
        <translation>{tool} ({monitoring}): pahintulot {consent}.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/privacy.py" line="113"/>
        <source> (extended {day})</source>
        <translation> (pinalawig noong {day})</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/time_block.py" line="55"/>
        <source>e-mailed</source>
        <translation>ipinadala sa email</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/time_block.py" line="55"/>
        <source>copied</source>
        <translation>kinopya</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/time_block.py" line="56"/>
        <source>printed</source>
        <translation>inimprenta</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/time_block.py" line="29"/>
        <source>When these records existed</source>
        <translation>Kailan umiral ang mga rekord na ito</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/time_block.py" line="61"/>
        <source> (the worker&apos;s record of sending it)</source>
        <translation> (tala ng manggagawa sa pagpapadala nito)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/time_block.py" line="62"/>
        <source>{day}, by the worker&apos;s own records only (not sent or time-stamped)</source>
        <translation>{day}, ayon lamang sa sariling mga rekord ng manggagawa (hindi ipinadala o tinatakan ng oras)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/time_block.py" line="35"/>
        <source>An anchor is the fingerprint of the whole history on that day (recompute it from the records: see docs/evidence.md). Each record is counted under the first anchor that includes its latest change.</source>
        <translation>Ang anchor ay ang fingerprint ng buong kasaysayan sa araw na iyon (makakalkula itong muli mula sa mga rekord: tingnan ang docs/evidence.md). Ibinibilang ang bawat rekord sa unang anchor na sumasaklaw sa pinakahuling pagbabago nito.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/time_block.py" line="40"/>
        <source>No anchor of these records was made yet: nothing outside the records shows when they were written.</source>
        <translation>Wala pang anchor ng mga rekord na ito: walang anuman sa labas ng mga rekord na nagpapakita kung kailan isinulat ang mga ito.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/time_block.py" line="69"/>
        <source>Clock: every change to these records was recorded at a time after the change before it.</source>
        <translation>Orasan: bawat pagbabago sa mga rekord na ito ay naitala sa oras na kasunod ng naunang pagbabago.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/time_block.py" line="76"/>
        <source>Record</source>
        <translation>Rekord</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/time_block.py" line="77"/>
        <source>Recorded at (UTC)</source>
        <translation>Naitala noong (UTC)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/time_block.py" line="77"/>
        <source>Change before it at (UTC)</source>
        <translation>Naunang pagbabago noong (UTC)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/time_block.py" line="32"/>
        <source>Anchor</source>
        <translation>Anchor</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/time_block.py" line="32"/>
        <source>Day</source>
        <translation>Araw</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/time_block.py" line="32"/>
        <source>Records</source>
        <translation>Mga rekord</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/time_block.py" line="33"/>
        <source>These records existed, as they are now, no later than</source>
        <translation>Umiral ang mga rekord na ito, gaya ng mga ito ngayon, nang hindi lalampas sa</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/time_block.py" line="73"/>
        <source>The computer&apos;s clock was set back: {count} change(s) to these records are recorded at a time before the change ahead of them, so their recorded times cannot be relied on.</source>
        <translation>Iniatras ang orasan ng computer: {count} pagbabago sa mga rekord na ito ang naitala sa oras na mas maaga kaysa sa pagbabagong nauna sa kanila, kaya hindi maaasahan ang mga naitalang oras nila.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/time_block.py" line="53"/>
        <source>{at} UTC, per {authority} (RFC 3161 time stamp)</source>
        <translation>{at} UTC, ayon sa {authority} (RFC 3161 na time stamp)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/time_block.py" line="58"/>
        <source> to {recipient}</source>
        <translation> kay {recipient}</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/time_block.py" line="45"/>
        <source>Written or changed after the latest anchor ({count}): {named}</source>
        <translation>Isinulat o binago pagkatapos ng pinakahuling anchor ({count}): {named}</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/time_block.py" line="47"/>
        <source>; and {more} more</source>
        <translation>; at {more} pa</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/kinds.py" line="30"/>
        <source>Legal figures are an estimate — not legal advice.</source>
        <translation>Tantiya lamang ang mga legal na halaga — hindi ito legal na payo.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/language.py" line="233"/>
        <source>a written contract</source>
        <translation>isang nakasulat na kontrata</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/language.py" line="234"/>
        <source>a written pre-contract disclosure of the terms (not a written contract)</source>
        <translation>isang nakasulat na paglalahad ng mga tuntunin bago ang kontrata (hindi nakasulat na kontrata)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/share_summary.py" line="31"/>
        <location filename="../../contractor_app/reports/share_summary.py" line="50"/>
        <source>Pay transparency</source>
        <translation>Transparency sa sahod</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/share_summary.py" line="33"/>
        <source>{count} share</source>
        <translation>{count} share</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/share_summary.py" line="33"/>
        <source>{count} shares</source>
        <translation>{count} share</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/share_summary.py" line="35"/>
        <source>all platforms</source>
        <translation>lahat ng platform</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/share_summary.py" line="36"/>
        <source>Made from anonymous shares; figures are as the workers recorded them — not legal advice</source>
        <translation>Ginawa mula sa mga anonymous na share; ang mga numero ay ayon sa itinala ng mga manggagawa — hindi ito legal na payo</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/share_summary.py" line="38"/>
        <source>Made by Contractor Ledger on {day} from workers&apos; anonymous shares</source>
        <translation>Ginawa ng Contractor Ledger noong {day} mula sa mga anonymous na share ng mga manggagawa</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/share_summary.py" line="52"/>
        <source>The hourly rate is what each worker was paid divided by all the hours they worked, unpaid time included. Below the minimum wage means the agreed pay was below the minimum wage of the worker&apos;s place for some hours. Quartiles: a quarter of workers were paid less than the lower quartile, a quarter more than the upper.</source>
        <translation>Ang rate kada oras ay ang ibinayad sa bawat manggagawa na hinati sa lahat ng oras na kanyang tinrabaho, kasama ang oras na hindi binayaran. Ang mababa sa minimum ay nangangahulugang ang napagkasunduang bayad ay mas mababa sa minimum na sahod ng lugar ng manggagawa sa ilang oras. Mga quartile: ang isang-kapat ng mga manggagawa ay binayaran nang mas mababa sa lower quartile, at ang isang-kapat ay mas mataas sa upper.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/share_summary.py" line="56"/>
        <source>To protect each worker, a cell with fewer than {minimum} workers is suppressed: it is listed without figures.</source>
        <translation>Para protektahan ang bawat manggagawa, itinatago ang isang cell na may mas kaunti sa {minimum} manggagawa: nakalista ito nang walang numero.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/share_summary.py" line="58"/>
        <source>{count} cell was suppressed.</source>
        <translation>{count} cell ang itinago.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/share_summary.py" line="59"/>
        <source>{count} cells were suppressed.</source>
        <translation>{count} cell ang itinago.</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/share_summary.py" line="66"/>
        <source>Median hourly rate, {currency}</source>
        <translation>Median na rate kada oras, {currency}</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/share_summary.py" line="68"/>
        <source>Every platform or kind of work and month</source>
        <translation>Bawat platform o uri ng trabaho at buwan</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/share_summary.py" line="69"/>
        <source>Platform or kind</source>
        <translation>Platform o uri</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/share_summary.py" line="69"/>
        <source>Month</source>
        <translation>Buwan</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/share_summary.py" line="69"/>
        <source>Workers</source>
        <translation>Manggagawa</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/share_summary.py" line="70"/>
        <source>Median / hour</source>
        <translation>Median / oras</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/share_summary.py" line="70"/>
        <source>Quartiles</source>
        <translation>Mga quartile</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/share_summary.py" line="71"/>
        <source>Below minimum</source>
        <translation>Mababa sa minimum</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/share_summary.py" line="76"/>
        <source>Files refused</source>
        <translation>Mga file na tinanggihan</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/share_summary.py" line="87"/>
        <source>{count} share counted (a share is one worker&apos;s file)</source>
        <translation>{count} share ang nabilang (ang isang share ay file ng isang manggagawa)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/share_summary.py" line="88"/>
        <source>{count} shares counted (a share is one worker&apos;s file)</source>
        <translation>{count} share ang nabilang (ang isang share ay file ng isang manggagawa)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/share_summary.py" line="90"/>
        <source>{count} file held a share already counted</source>
        <translation>{count} file ang may share na nabilang na</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/share_summary.py" line="91"/>
        <source>{count} files held shares already counted</source>
        <translation>{count} file ang may mga share na nabilang na</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/share_summary.py" line="93"/>
        <source>{count} file refused (listed at the end)</source>
        <translation>{count} file ang tinanggihan (nakalista sa dulo)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/share_summary.py" line="94"/>
        <source>{count} files refused (listed at the end)</source>
        <translation>{count} file ang tinanggihan (nakalista sa dulo)</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/share_summary.py" line="106"/>
        <source>annotation</source>
        <translation>annotation</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/share_summary.py" line="106"/>
        <source>rating</source>
        <translation>rating</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/share_summary.py" line="107"/>
        <source>transcription</source>
        <translation>transcription</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/share_summary.py" line="107"/>
        <source>translation</source>
        <translation>pagsasalin</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/share_summary.py" line="108"/>
        <source>moderation</source>
        <translation>moderation</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/share_summary.py" line="108"/>
        <source>writing</source>
        <translation>pagsusulat</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/share_summary.py" line="109"/>
        <source>delivery</source>
        <translation>delivery</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/share_summary.py" line="109"/>
        <source>driving</source>
        <translation>pagmamaneho</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/share_summary.py" line="110"/>
        <source>freelance</source>
        <translation>freelance</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/share_summary.py" line="110"/>
        <source>other</source>
        <translation>iba pa</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/share_summary.py" line="116"/>
        <source>suppressed</source>
        <translation>itinago</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/share_summary.py" line="118"/>
        <source>{count} worker</source>
        <translation>{count} manggagawa</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/share_summary.py" line="119"/>
        <source>{count} workers</source>
        <translation>{count} manggagawa</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/share_summary.py" line="152"/>
        <source>per hour, all hours counted</source>
        <translation>kada oras, bilang ang lahat ng oras</translation>
    </message>
    <message>
        <location filename="../../contractor_app/reports/share_summary.py" line="163"/>
        <source>{first} to {last}</source>
        <translation>{first} hanggang {last}</translation>
    </message>
</context>
</TS>
