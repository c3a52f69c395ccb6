/**
 * Specific note templates: concrete, observable details (times, what the person said or chose,
 * amounts, who was told, the outcome). Slots in {braces} are filled by note-text.ts. Every
 * template, however filled, has at least 12 words that are not stock-phrase words (tested).
 *
 * Pronoun slots: {he} {He} {his} {His} {him} {himself}. Times: {time} is the care time, {time2}
 * 15-40 minutes later. Numbers: {ml} {mins} {pulse} {temp} {sats} {resp} {count} {cm} {weight}
 * {score} {score2}. Phrase alternatives: {went to the lounge|sat in {his} room}, one chosen at
 * random each time (they may hold slots and further alternatives).
 *
 * THE ECHO RULE: a resident has ~80 notes a fortnight, so any 10 words in a row that two fills of
 * a template share make an honest note look copied forward (the copy-forward rule looks for a
 * 10-word run repeated within 14 days). So no template has more than about five fixed words in a
 * row: a slot or an alternative breaks every stretch, and each has plenty of values.
 */
import type { NoteCategory } from './types';

export const TEMPLATES: Record<NoteCategory, readonly string[]> = {
  'Personal care': [
    '{Helped {name} to wash and dress|Supported {name} with washing and dressing|{name} washed and dressed with my help} at {time}; {he} {chose|picked|went for} {his} {clothes} and said {his} {body} {felt better today|was less stiff|was a bit sore|ached less than yesterday}. {Ate|Managed|Had} {amount} of {his} {breakfast} {in the dining room|in {his} room|by the window|with {friend}}.',
    '{name} had a {shower|bath|wash at the sink} at {time} with {staff}{ supporting| helping| standing by|}. {{He}|{name}} {washed|did} {his} own {face and hands|face and arms|chest and arms|face and neck}{ at the sink| sitting down|} and {asked for|wanted|asked {staff} for} {his} {hair dried|nails filed|hair set|glasses cleaned} before {breakfast|going to {place}|{his} {relative} arrived}.',
    '{Offered {name} a bath or a strip wash|Gave {name} the choice of bath or wash|Asked {name} about a bath} at {time}; {he} {chose|went for|preferred} {a strip wash at the sink|the bath|a wash in {his} chair} {with {staff}|this morning|today}. Skin on {his} {body} {checked|looked at}, {intact|intact and dry|a little dry but intact}, {cream} {applied|put on} {as charted|after}.',
    '{Supported {name} with oral care and shaving|Helped {name} clean {his} teeth and shave|{name} shaved and did {his} teeth with prompting} at {time}. {He} {told me|said|mentioned} {he} {wanted|was keen} to look smart {because|as} {his} {relative} {is visiting|is coming in|is popping in} {this afternoon|at {time2}|after lunch}.',
    '{name} was {reluctant|not keen|slow} to get up at {time}, so I {came back|returned|went back} {mins} minutes later and {he} {agreed|was happy to|said yes}. {Washed and dressed in|Got ready in|Chose} {his} {clothes}, {smiling|chatty|cheerful|quiet but content} at {breakfast|{place}} with {friend}.',
    '{Assisted|Walked with|Supported} {name} to the bathroom at {time} {using the frame|with {his} frame|with {staff}}; {he} {walked steadily|was steady|took {his} time}. Pad {dry|wet|damp} {overnight|on waking|this morning}, then {he} {chose|wanted|asked} to sit {by the window|in {place}|near {friend}} with {a|{his}} {drink}.',
    '{name} dressed {himself} at {time} with prompting {for buttons only|for {his} socks|with zips}. {He} {picked|chose|wanted} {his} {clothes}, {asked|wondered|wanted to know} {what the weather was doing|if it was {weather}|whether {his} {relative} was coming}, then {walked|went|headed} {to {place}|with {staff} to {place}|to {place} for {breakfast|a cup of {drink}}}.',
    '{Helped {name} wash|{name} washed with my help|Gave {name} a wash} at {time}. {He} {said|felt|complained} the water was {too cold|too hot|lukewarm} {at first|to start}, so we {adjusted|changed|sorted} it and {he} {was happy|relaxed|thanked me}. {Hearing aids|Glasses} {cleaned and {fitted|put on}|checked} {before {breakfast|going to {place}}|at {time2}}.',
  ],
  Nutrition: [
    '{name} {ate|finished|managed} {amount} of {his} {meal} at {time} and drank {ml} ml of {drink}. {He} said {the {meal}|it} was {opinion} and {asked for|wanted} {extra gravy|more|a second helping|some bread and butter|a pudding}.',
    'At {time} {name} {chose|picked|asked for} {meal} {from the menu|from the two choices|on the day}, ate {amount} and left {the vegetables|the potatoes|the crusts|some}. Drank {ml} ml of {drink}{; fluid chart updated|, recorded on the fluid chart|, charted}.',
    '{name} needed {encouragement|prompting|support} at {time}; {he} ate {amount} of {his} {meal} {after I sat with {him}|once {staff} sat with {him}|with {friend} next to {him}}. {Offered|Brought|Gave} {snack} {afterwards|at {time2}|later} and {he} {finished it|had {amount}|ate {amount} of it}.',
    '{Mealtime|At the table|In the dining room|Meal} at {time}: {name} {fed {himself}|ate independently|managed alone} {using|with} the {adapted cutlery|plate guard|lipped plate}, {ate|managed} {amount} of {his} {meal} and drank {ml} ml. {Said {he} was full|Told {staff} {he} was full|Said that was plenty} and {wanted a nap|went to {place}|asked for {his} {drink}}.',
    '{name} refused {meal} at {time}, {saying|telling me|telling {staff}} {he} was {not hungry|full|not in the mood}. {Offered|Tried} {a sandwich|{snack}|soup} and {a milkshake|{drink}} at {time2}; {he} {took|ate|had} {amount} {of it|and {ml} ml}. {Told|Informed|Handed over to} {staff}.',
    '{Weighed {name}|{name} was weighed} {before the meal|in the chair scales|on the sit-on scales} at {time}: {weight} kg, {within half a kilo of last week|about the same as last week|steady|up {cm}00 g|down {cm}00 g}. {{He}|Then {he}|After that {he}} {ate|had|managed} {amount} of {his} {meal} and {asked for|had} {a second cup of|some more} {drink}.',
    '{name} sat with {friend} at {time} and {chatted|talked about {topic}|laughed} {through the meal|while eating|all lunch}. {Ate|Managed} {amount} of {his} {meal}, drank {ml} ml of {drink}, and {said|told {staff}|commented} it {reminded {him} of home cooking|was {opinion}|was like {his} mother {used to make|made|cooked}|was {opinion}, like {his} {relative} makes}.',
    '{Thickened fluids given|Fluids thickened|Gave thickened fluids} {as per|following|in line with} {the speech therapist|the SALT plan|{his} care plan} at {time}; {name} drank {ml} ml of {drink} {without coughing|with no coughing|slowly and safely} and ate {amount} of {his} {meal} {sitting upright|in {place}|with {staff} nearby}.',
  ],
  'Mood and wellbeing': [
    '{name} was {tearful|low|upset} at {time} and said {he} missed {his} {relative}. We {looked at photos together|went through {his} photo album|looked at old postcards} for {mins} minutes and {he} was {smiling|brighter|calmer} {afterwards|by {time2}|when {friend} came over}.',
    '{name} seemed {anxious|unsettled|worried} at {time}, {asking repeatedly|asking again and again|keen to know} where {his} {handbag|wallet|hearing aid|cardigan|glasses case|purse} was. Found it in {his} {room|drawer|chair|coat pocket}; {he} {thanked me|was relieved} and {calmed|settled} {within {mins} minutes|by {time2}}.',
    'At {time} {name} told {me|{staff}} {he} felt {lonely|a bit down|fed up} today. {Spent time|Sat for {mins} minutes} talking about {topic}; {he} {laughed|brightened|smiled} and {asked to join the quiz later|went to {place} with {friend}|wanted to phone {his} {relative}}.',
    '{name} was {cheerful|in good spirits|bright} at {time}, {singing|humming} along to {music} in {place}. {Said|Told {staff}} {he} used to {dance to it|go dancing|listen to it} with {his} late {spouse} {every Saturday|in the fifties|on their holidays}.',
    '{name} became {frustrated|agitated|cross} at {time} when {the television was loud|{friend} was shouting|the lounge was busy}. Offered {the quiet lounge|{his} room|a walk}; {he} {chose|agreed} to go {there|with {staff}} and {read the paper|listen to {music}|watch {tv}}, calmer by {time2}.',
    '{Phoned|Rang|Called} {name}\'s {relative} at {time} at {his} request. {He} spoke for {about|around|nearly} {mins} minutes and said {afterwards|later|to {staff}} that {the call|it} had {cheered {him} up|made {his} day|been lovely}.',
    '{name} said at {time} that {he} was worried about {his} {relative} {driving in the rain|travelling|being poorly|not visiting}. {Reassured {him}|Sat with {him}|Talked it through}; {his} {relative} {rang|phoned} at {time2} and {he} {relaxed|settled|smiled}.',
  ],
  Activities: [
    '{name} joined {the|a} {activity} session at {time} and stayed for {mins} minutes. {He} {chatted|laughed|sat} with {friend} and {said|told {staff}} {he} would like to {do it again|go again} {next week|tomorrow|soon}.',
    '{Offered {name}|Invited {name} to} the {activity} at {time}; {he} {declined|said no} and {chose|preferred} to watch {tv} in {his} room {instead|today}. {Checked on {him}|Popped in} at {time2}, {relaxed and smiling|comfortable|dozing}{ with {a|{his}} {drink}|}.',
    '{name} {helped|was helping} {water the plants|repot the geraniums|deadhead the roses} in {the garden room|the greenhouse|the garden} at {time}{ with {staff}|}. {He} talked about {his} old {allotment|garden|greenhouse} and {named every plant|gave us tips|laughed}, {smiling throughout|for {mins} minutes}.',
    'At {time} {name} played {dominoes|cards|draughts} with {friend} and {staff}. Won {two|three|four|five} games{ and laughed a lot|, very pleased|}; {said|told {staff}} it was the best {afternoon|game} {this week|in ages|for a while}.',
    '{name} went for a walk {around the garden|to the front gate|along the corridor} at {time} with {staff}{, using {his} frame|}. Walked for {about|around} {mins} minutes and {stopped to feed the birds|sat on the bench|talked about {topic}}.',
    '{name} listened to {music} at {time} and {tapped along|sang|hummed}; {he} asked for {the same album|more {music}|it again} {tomorrow|later|after tea}. {Added to|Noted in} {his} activity plan and {told the activities lead|let {staff} know}.',
    '{name} did the crossword with {staff} at {time}, {getting|solving} {count} clues. {He} {said|told us|mentioned} {he} used to {finish it|do it|do {his}} every {morning|day|evening} on the {train|bus|way} {to work|into town|home}{ in the old days| years ago|}.',
  ],
  'Night check': [
    '{Checked {name}|Looked in on {name}|{name} checked} at {time}: {awake|wide awake|awake and chatty} and {asked for|wanted|fancied} a {warm drink|drink|hot drink}{, so|,|;} {gave {him} a|made {him} a|{staff} made {him} a} {hotdrink}. {Repositioned|Helped {him}} onto {his} {side}; {asleep|settled|dozing} by {time2}{ with the night light on| with the door ajar| with the radio low|}.',
    '{name} was asleep at {time}, {breathing quietly|snoring softly|breathing evenly}, on {his} {side}. {Pad checked|Checked pad|Pad check} {without waking {him}|quietly|at {time2}}, {dry|wet and changed|damp, changed with {staff}}. {Call bell|Buzzer} {within reach|in {his} hand|on the pillow|clipped to the sheet}{, bed rails down as agreed|, sensor mat on|, door ajar|}.',
    'At {time} {name} was awake and {restless|confused|wandering}, {saying|telling me} {he} {could not find|was looking for} the {toilet|bathroom}. {Walked|Went|Took {him}} {with {staff}|with {his} frame|slowly|together} to the {bathroom|toilet} and back{ with the light on|}; {asleep again|settled|back in bed} {within {mins} minutes|by {time2}|soon after}.',
    '{name} {rang the call bell|pressed {his} buzzer|called for help} at {time} because {he} felt {{cold|chilly}. {Gave {him}|Brought|Fetched} {an extra blanket|a second blanket|a hot water bottle} and closed the {window|curtains}|too warm. {Took off a blanket|Swapped the duvet for a sheet} and opened the window {a little|slightly}}; {he} {thanked me|smiled|said that was better} and {was asleep|was sleeping|had settled} {on the next check|by {time2}|within {mins} minutes}.',
    '{Checked {name}|Looked in on {name}|{name} checked} at {time}, {sleeping|fast asleep|asleep} on {his} {back|{side}} {with {both pillows|one pillow|{his} knees raised}|under {one|two} blankets|near the rail}. {Pad|Pad checked,|Continence pad} {changed|dry|wet, changed}, skin on {sacrum|hips|heels} {intact|checked and intact}, {turned|repositioned} onto {his} {side}{ with {staff}|}. {Did not wake|Stirred but settled|Woke briefly}.',
    '{name} was awake at {time} {listening to the radio|reading|looking out of the window|sitting up} {and said|and told me|saying} {he} {could not sleep|was wide awake|could not get off}. {Sat with {him}|Stayed|Kept {him} company} for {mins} minutes {talking about|chatting about|and we talked about} {topic}; {asleep|dozing|settled} by {time2}.',
    '{name} called out at {time} after a {bad dream|nightmare} about {his} {relative}. {Sat with {him} for {mins} minutes|Held {his} hand|Sat on the bed with {him}|Stayed with {him} until {time2}}, {put the {lamp|landing light} on|switched the lamp on|opened the door a little} and {made|brought|fetched} {him} a {hotdrink}; {he} {went back to sleep|settled|dozed off} {by {time2}|after {mins} minutes|soon after}.',
  ],
  Medication: [
    '{name} took {his} {medslot} {medicines|tablets} at {time} with {ml} ml of {water|{drink}}. {Asked|Wanted to know|Asked {staff}} {what the new {tablet|capsule} was for|about the {white|yellow|pink} {tablet|capsule}}; {explained|I explained|told {him}} {it is|that it is} for {his} {blood pressure|heart|water|bones|cholesterol|stomach}.',
    '{name} refused {his} {medslot} paracetamol at {time}, saying {the pain in {his} {body} had gone|{his} {body} was fine today}. {Recorded|Noted} on the {chart|MAR} and {told|informed} {staff}{, who is on shift until {eight|later}|}.',
    'Gave {name} {his} eye drops at {time}; {he} {tilted {his} head back|managed} {without help|with a little help|lying on the bed}. {Said|Told me} {his} eyes felt {less gritty|less sore|better} {than yesterday|today|after {mins} minutes}.',
    '{name} {reported|complained of|mentioned} {pain|aching|soreness} in {his} {body} at {time}, {scoring it|rating it|giving it} {score} out of ten. Gave {paracetamol|codeine|{his} PRN {paracetamol|codeine}} {as prescribed|at {time}|with {ml} ml of water}; at {time2} {he} {said|told {staff}} it was {down to|about|only} {score2}{ and {he} was {comfortable|dozing|chatting}|}.',
    '{Applied|Changed|Put on} {name}\'s {pain patch|Butec patch|weekly patch} at {time} {to|on} the {arm} upper {arm|back|chest}, old patch {removed|taken off|peeled off} {and {disposed of|binned}|and checked|from the {arm} side}. {{He}|{name}} {said|told {staff}|mentioned} the new one {was not itchy|felt fine|was comfortable|did not pull}{ at {time2}|}.',
    '{name} took {his} {medslot} tablets at {time} {in {yoghurt|jam|a spoon of custard|apple puree}|crushed in {yoghurt|custard}} {as the pharmacist advised|per the {GP|pharmacist}|as agreed with {staff}}. {Swallowed|Took them|Managed them} {without coughing|well|slowly|in {count} spoonfuls} and {asked for|had|wanted} {a drink of|some|{ml} ml of} {drink}.',
    '{Inhaler given to {name}|{name} had {his} inhaler} at {time}; {he} {managed|took} {two|both} puffs {with the spacer|with prompting|independently} and {said|told {staff}} {his} chest felt {looser|easier|better|less tight}. {Breathing rate|Respirations} {resp} a minute, sats {sats}%{ afterwards|}.',
  ],
  'Skin integrity': [
    'Checked {name}\'s heels at {time}; {left|right|both} heel{s|} {slightly red|a little pink} but blanching. {Applied|Used} {cream}, {raised {his} heels on a pillow|put heel protectors on|floated {his} heels}, and asked {staff} to {recheck|look again} {later|at {time2}}.',
    'Repositioned {name} at {time} from {his} back to {his} {side}{ with {staff}|}. Skin on {sacrum and hips|heels and sacrum|hips} {intact|checked, intact}. {{He}|{name}} {said|told {staff}|mentioned} the {extra pillow|wedge|rolled towel} {behind|under} {his} {back|knees|arm} {helped|was comfy|was better|eased {his} {body}}.',
    'Dressing on {name}\'s {arm} shin {changed|redone} at {time} by {staff}; wound {smaller|about {cm} cm|healing}, {no ooze|clean}, edges {pink|healthy}. {He} said it {did not hurt|was fine|stung a little} {during the change|at first}.',
    '{Moisturised|Creamed} {name}\'s {legs and feet|feet and ankles|lower legs} at {time}{ with {cream}|}; skin {dry|flaky|rough} on {both shins|{his} heels|{his} ankles}. {He} {chose|wanted} {the unscented cream|{cream}} and asked me to do {his} {hands|elbows|back} too.',
    '{name} has a new bruise on {his} {arm} {forearm|hand|wrist}, about {cm} cm, found at {time}. {He} {thinks|says|believes} {he} {knocked it on the chair|caught it on the bed|bumped the door frame|hit it on the table}. {Body map done|Body map updated|Recorded on the body map}{ at {time2}|}, {nurse|{staff}|senior} {informed|told|aware}.',
    '{Air mattress|Mattress pump} checked at {time}, setting {correct|right} for {name}\'s weight{ of {weight} kg|}. {Pressure areas|Heels and sacrum|Hips and heels} {intact|checked, intact|fine}; {he} {moved|rolled|shifted} {himself} onto {his} {side} {with a little help|with {staff}|alone|using the rail}.',
  ],
};

/**
 * Near-miss templates start with a stock phrase and then give details, so a keyword rule would
 * wrongly call them vague. (Other near misses put a stock phrase in front of an ordinary template.)
 */
export const NEAR_MISS_TEMPLATES: Record<NoteCategory, readonly string[]> = {
  'Personal care': [
    'All fine with personal care: {name} washed {his} own {face and arms|face and hands|hair} at {time} and {chose|picked} {his} {clothes}, {saying|telling {staff}} it is {his} {favourite|best one|{relative}\'s gift}.',
  ],
  Nutrition: [
    'No concerns with eating: {name} finished {amount} of {his} {meal} at {time} and asked {staff} for {the recipe|the name of the dish} to give {his} {relative}{ next visit|}.',
  ],
  'Mood and wellbeing': [
    'Settled after {lunch|a rest|the quiz}, then asked to {phone|ring} {his} {relative}; we {called|rang} at {time} and {he} was {smiling|chatty|happy} {afterwards|for {mins} minutes|at {time2}}.',
  ],
  Activities: [
    'Good day overall: {name} walked to {place} at {time} with {his} frame and told {staff} {he} wants to {try|visit|see} the {garden|greenhouse|shop} {tomorrow|on {weather} days|at {time2}}.',
  ],
  'Night check': [
    'Slept well according to {name}, who {told me|said to {staff}|mentioned} at {time} that {he} {only woke|woke} {once|twice|briefly} {and wanted|and asked for|and would like} {the {landing light|lamp} left {on|off}|the door left open} {tonight|for {him}|until {time2}}.',
  ],
  Medication: [
    'No issues with tablets: {name} took {his} {medslot} medicines at {time} {with {ml} ml of {drink}|in yoghurt} and told me the {cough mixture|liquid} tastes {better than the last one|{opinion}}.',
  ],
  'Skin integrity': [
    'Comfortable in the chair at {time} after {staff} adjusted the {cushion|pillows}; {name} said {his} {body} ached less and the redness on {his} {heel|hip|elbow} has {faded|gone|improved}.',
  ],
};

/** The slot values to choose from (per note, at random). */
export const POOLS = {
  clothes: ['blue cardigan', 'green jumper', 'checked shirt', 'grey trousers', 'red fleece', 'cream jumper', 'tartan scarf', 'navy slippers', 'lilac blouse', 'brown cords', 'floral dress', 'Fair Isle jumper', 'wool cardigan', 'polo shirt'],
  body: ['knee', 'hip', 'back', 'shoulder', 'ankle', 'wrist', 'neck', 'elbow', 'foot', 'hand'],
  breakfast: ['porridge', 'toast and marmalade', 'cornflakes', 'scrambled egg on toast', 'Weetabix', 'boiled egg', 'Rice Krispies', 'toast and jam', 'poached egg', 'bacon sandwich'],
  lunch: ['shepherd\'s pie', 'fish and chips', 'chicken casserole', 'cottage pie', 'roast beef dinner', 'vegetable soup and a roll', 'macaroni cheese', 'sausage and mash', 'fish pie', 'lamb hotpot', 'chicken and leek pie'],
  tea: ['ham sandwiches', 'cheese on toast', 'tomato soup', 'jacket potato with beans', 'scrambled egg', 'egg mayonnaise sandwiches', 'beans on toast', 'salmon sandwiches', 'soup and a roll', 'crumpets'],
  amount: ['half', 'all', 'about a quarter', 'three quarters', 'most', 'a few spoonfuls', 'nearly all', 'just over half', 'two thirds', 'very little', 'a small amount'],
  hotdrink: ['cup of tea', 'hot chocolate', 'mug of warm milk', 'decaf coffee', 'milky coffee', 'Horlicks', 'cup of Ovaltine', 'weak tea'],
  drink: ['tea', 'coffee', 'orange juice', 'water', 'hot chocolate', 'blackcurrant squash', 'warm milk', 'lemon squash', 'apple juice', 'milky coffee', 'Horlicks'],
  opinion: ['lovely', 'too salty', 'a bit dry', 'just right', 'better than last week', 'tasty', 'too cold', 'nice and hot', 'a bit bland', 'very good'],
  relative: ['daughter', 'son', 'niece', 'nephew', 'granddaughter', 'grandson', 'sister', 'neighbour', 'brother', 'son-in-law', 'daughter-in-law', 'friend from church'],
  topic: ['the war years', 'working on the buses', 'holidays in Blackpool', 'football', 'growing up in Leeds', 'the grandchildren', 'dance halls in the fifties', 'the seaside', 'the Coronation', 'courting days', 'working at the mill', 'family holidays in Wales', 'the old cinema', 'keeping chickens', 'school days', 'national service'],
  music: ['Vera Lynn', 'Frank Sinatra', 'the Beatles', 'Glenn Miller', 'Cliff Richard', 'brass band music', 'Elvis', 'Matt Monro', 'Dusty Springfield', 'Doris Day', 'the Seekers', 'hymns'],
  activity: ['armchair exercise', 'quiz', 'bingo', 'baking', 'music and movement', 'flower arranging', 'reminiscence', 'painting', 'chair yoga', 'skittles', 'knitting', 'sing-along', 'gardening club', 'word games'],
  tv: ['the racing', 'an old film', 'the news', 'a quiz show', 'the snooker', 'Countdown', 'Antiques Roadshow', 'the cricket', 'Songs of Praise', 'a nature programme'],
  side: ['left side', 'right side'],
  arm: ['left', 'right'],
  snack: ['a yoghurt', 'a biscuit', 'some fruit', 'a slice of cake', 'a fortified milkshake', 'a custard pot', 'rice pudding', 'a banana', 'a scone'],
  place: ['the lounge', 'the dining room', 'the conservatory', 'the garden room', 'the quiet lounge', 'the front lounge', 'the activity room'],
  cream: ['barrier cream', 'Cetraben', 'Zerobase', 'Diprobase', 'E45', 'Doublebase', 'Epimax'],
  weather: ['raining', 'cold out', 'sunny', 'windy', 'frosty', 'warm'],
} as const;
