/**
 * Specific note templates: concrete, observable details (times, what the person said or chose,
 * amounts, who was told, the outcome). Slots in {braces} are filled by note-text.ts. Every
 * template, however filled, has at least 12 words that are not stock-phrase words (tested).
 *
 * Pronoun slots: {he} {He} {his} {His} {him} {himself}. Times: {time} is the care time, {time2}
 * 15-40 minutes later.
 */
import type { NoteCategory } from './types';

export const TEMPLATES: Record<NoteCategory, readonly string[]> = {
  'Personal care': [
    'Helped {name} to wash and dress at {time}; {he} chose {his} {clothes} and said {his} {body} felt better today. Ate {amount} of {his} {breakfast}.',
    '{name} had a shower at {time} with support from {staff}. {He} washed {his} own face and hands, and asked for {his} hair to be dried before breakfast.',
    'Offered {name} a bath or a strip wash at {time}; {he} chose a strip wash at the sink. Skin on {his} {body} checked, intact, cream applied as charted.',
    'Supported {name} with oral care and shaving at {time}. {He} told me {he} wanted to look smart because {his} {relative} is visiting this afternoon.',
    '{name} was reluctant to get up at {time}, so I came back twenty minutes later and {he} agreed. Washed and dressed in {his} {clothes}, smiling at breakfast.',
    'Assisted {name} to the bathroom at {time} using the frame; {he} walked steadily. Pad dry overnight, then {he} chose to sit by the window with {his} {drink}.',
    '{name} dressed {himself} at {time} with prompting for buttons only. {He} picked {his} {clothes} and asked what the weather was doing, then walked to the lounge.',
    'Helped {name} wash at {time}. {He} said the water was too cold at first, so we adjusted it and {he} was happy. Hearing aids cleaned and fitted.',
  ],
  Nutrition: [
    '{name} ate {amount} of {his} {meal} at {time} and drank {ml} ml of {drink}. {He} said the {meal} was {opinion} and asked for extra gravy.',
    'At {time} {name} chose {meal} from the menu, ate {amount} and left the vegetables. Drank {ml} ml of {drink}; fluid chart updated.',
    '{name} needed encouragement at {time}; {he} ate {amount} of {his} {meal} after I sat with {him}. Offered a yoghurt afterwards and {he} finished it.',
    'Mealtime at {time}: {name} fed {himself} using the adapted cutlery, ate {amount} of {his} {meal} and drank {ml} ml. Said {he} was full and wanted a nap.',
    '{name} refused {meal} at {time}, saying {he} was not hungry. Offered a sandwich and milkshake at {time2}; {he} took {amount} of the sandwich. Told {staff}.',
    'Weighed {name} before the meal at {time}: {weight} kg, within half a kilo of last week. {He} ate {amount} of {his} {meal} and asked for a second cup of {drink}.',
    '{name} sat with {friend} at {time} and chatted through the meal. Ate {amount} of {his} {meal}, drank {ml} ml of {drink}, and said it reminded {him} of home cooking.',
    'Thickened fluids given as per the speech therapist at {time}; {name} drank {ml} ml of {drink} without coughing and ate {amount} of {his} {meal}.',
  ],
  'Mood and wellbeing': [
    '{name} was tearful at {time} and said {he} missed {his} {relative}. We looked at photos together for fifteen minutes and {he} was smiling afterwards.',
    '{name} seemed anxious at {time}, asking repeatedly where {his} glasses were. Found them in {his} room; {he} thanked me and calmed within ten minutes.',
    'At {time} {name} told me {he} felt lonely today. Spent time talking about {topic}; {he} laughed and asked to join the quiz later.',
    '{name} was cheerful at {time}, singing along to {music} in the lounge. Said {he} used to dance to it with {his} late {spouse}.',
    '{name} became frustrated at {time} when the television was loud. Offered the quiet lounge; {he} chose to go there and read the paper, calmer by {time2}.',
    'Phoned {name}\'s {relative} at {time} at {his} request. {He} spoke for about ten minutes and said afterwards that the call had cheered {him} up.',
    '{name} said at {time} that {he} was worried about {his} {relative} driving in the rain. Reassured {him}; {his} {relative} rang at {time2} and {he} relaxed.',
  ],
  Activities: [
    '{name} joined the {activity} session at {time} and stayed for forty minutes. {He} chatted with {friend} and said {he} would like to do it again next week.',
    'Offered {name} the {activity} at {time}; {he} declined and chose to watch {tv} in {his} room instead. Checked on {him} at {time2}, relaxed and smiling.',
    '{name} helped water the plants in the garden room at {time}. {He} talked about {his} old allotment and named every plant, smiling throughout.',
    'At {time} {name} played dominoes with {friend} and {staff}. Won two games and laughed a lot; said it was the best afternoon this week.',
    '{name} went for a walk around the garden at {time} with {staff}, using {his} frame. Walked for about fifteen minutes and stopped to feed the birds.',
    '{name} listened to {music} at {time} and tapped along; {he} asked for the same album tomorrow. Added to {his} activity plan and told the activities lead.',
    '{name} did the crossword with {staff} at {time}, getting eleven clues. {He} said {he} used to finish it every morning on the train to work.',
  ],
  'Night check': [
    'Checked {name} at {time}: awake and asked for a warm drink, gave {him} a {hotdrink}. Repositioned onto {his} {side}; asleep by {time2} with the night light on.',
    '{name} was asleep at {time}, breathing quietly, on {his} {side}. Pad checked without waking {him}, dry. Call bell within reach, bed rails down as agreed.',
    'At {time} {name} was awake and restless, saying {he} could not find the toilet. Walked with {him} to the bathroom and back; asleep again within twenty minutes.',
    '{name} rang the call bell at {time} because {he} felt cold. Gave an extra blanket and closed the window; {he} thanked me and was asleep on the next check.',
    'Checked {name} at {time}, sleeping on {his} back with both pillows. Pad changed, skin on sacrum intact, turned onto {his} {side}. Did not wake.',
    '{name} was awake at {time} listening to the radio and said {he} could not sleep. Sat with {him} for ten minutes talking about {topic}; asleep by {time2}.',
    '{name} called out at {time} after a bad dream about {his} {relative}. Sat with {him}, put the lamp on and made {him} a {hotdrink}; {he} went back to sleep by {time2}.',
  ],
  Medication: [
    '{name} took {his} {medslot} medicines at {time} with {ml} ml of water. Asked what the new tablet was for; explained it is for {his} blood pressure.',
    '{name} refused {his} {medslot} paracetamol at {time}, saying the pain in {his} {body} had gone. Recorded on the chart and told {staff}, who is on shift until eight.',
    'Gave {name} {his} eye drops at {time}; {he} tilted {his} head back without help. Said {his} eyes felt less gritty than yesterday.',
    '{name} reported pain in {his} {body} at {time}, scoring it {score} out of ten. Gave paracetamol as prescribed; at {time2} {he} said it was down to {score2}.',
    'Applied {name}\'s pain patch at {time} to the {arm} upper arm, old patch removed and disposed of. {He} said the new one was not itchy.',
    '{name} took {his} {medslot} tablets at {time} in yoghurt as the pharmacist advised. Swallowed without coughing and asked for a drink of {drink}.',
    'Inhaler given to {name} at {time}; {he} managed two puffs with the spacer and said {his} chest felt looser. Breathing rate sixteen a minute afterwards.',
  ],
  'Skin integrity': [
    'Checked {name}\'s heels at {time}; left heel slightly red but blanching. Applied barrier cream, raised heels on a pillow, and asked {staff} to recheck later.',
    'Repositioned {name} at {time} from {his} back to {his} {side}. Skin on sacrum and hips intact. {He} said the extra pillow behind {his} back helped.',
    'Dressing on {name}\'s {arm} shin changed at {time} by {staff}; wound smaller, no ooze, edges pink. {He} said it did not hurt during the change.',
    'Moisturised {name}\'s legs and feet at {time}; skin dry on both shins. {He} chose the unscented cream and asked me to do {his} hands too.',
    '{name} has a new bruise on {his} {arm} forearm, about two centimetres, found at {time}. {He} thinks {he} knocked it on the chair. Body map done, nurse informed.',
    'Air mattress checked at {time}, setting correct for {name}\'s weight. Pressure areas intact; {he} moved {himself} onto {his} {side} with a little help.',
  ],
};

/**
 * Near-miss templates start with a stock phrase and then give details, so a keyword rule would
 * wrongly call them vague. (Other near misses put a stock phrase in front of an ordinary template.)
 */
export const NEAR_MISS_TEMPLATES: Record<NoteCategory, readonly string[]> = {
  'Personal care': [
    'All fine with personal care: {name} washed {his} own face and arms at {time} and chose {his} {clothes}, saying it is {his} favourite.',
  ],
  Nutrition: [
    'No concerns with eating: {name} finished {amount} of {his} {meal} at {time} and asked {staff} for the recipe to give {his} {relative}.',
  ],
  'Mood and wellbeing': [
    'Settled after lunch, then asked to phone {his} {relative}; we called at {time} and {he} was smiling afterwards.',
  ],
  Activities: [
    'Good day overall: {name} walked to the lounge at {time} with {his} frame and told {staff} {he} wants to try the garden tomorrow.',
  ],
  'Night check': [
    'Slept well according to {name}, who told me at {time} that {he} only woke once and wanted the landing light left on.',
  ],
  Medication: [
    'No issues with tablets: {name} took {his} {medslot} medicines at {time} and told me the cough mixture tastes better than the last one.',
  ],
  'Skin integrity': [
    'Comfortable in the chair at {time} after {staff} adjusted the cushion; {name} said {his} {body} ached less and the redness on {his} heel has faded.',
  ],
};

/** The slot values to choose from (per note, at random). */
export const POOLS = {
  clothes: ['blue cardigan', 'green jumper', 'checked shirt', 'grey trousers', 'red fleece', 'cream jumper', 'tartan scarf', 'navy slippers'],
  body: ['knee', 'hip', 'back', 'shoulder', 'ankle', 'wrist'],
  breakfast: ['porridge', 'toast and marmalade', 'cornflakes', 'scrambled egg on toast', 'Weetabix', 'boiled egg'],
  lunch: ['shepherd\'s pie', 'fish and chips', 'chicken casserole', 'cottage pie', 'roast beef dinner', 'vegetable soup and a roll', 'macaroni cheese', 'sausage and mash'],
  tea: ['ham sandwiches', 'cheese on toast', 'tomato soup', 'jacket potato with beans', 'scrambled egg', 'egg mayonnaise sandwiches', 'beans on toast'],
  amount: ['half', 'all', 'about a quarter', 'three quarters', 'most', 'a few spoonfuls'],
  hotdrink: ['cup of tea', 'hot chocolate', 'mug of warm milk', 'decaf coffee'],
  drink: ['tea', 'coffee', 'orange juice', 'water', 'hot chocolate', 'blackcurrant squash', 'warm milk'],
  ml: ['100', '150', '180', '200', '250', '300'],
  opinion: ['lovely', 'too salty', 'a bit dry', 'just right', 'better than last week'],
  relative: ['daughter', 'son', 'niece', 'nephew', 'granddaughter', 'grandson', 'sister', 'neighbour'],
  topic: ['the war years', 'working on the buses', 'holidays in Blackpool', 'football', 'growing up in Leeds', 'the grandchildren', 'dance halls in the fifties', 'the seaside'],
  music: ['Vera Lynn', 'Frank Sinatra', 'the Beatles', 'Glenn Miller', 'Cliff Richard', 'brass band music'],
  activity: ['armchair exercise', 'quiz', 'bingo', 'baking', 'music and movement', 'flower arranging', 'reminiscence', 'painting'],
  tv: ['the racing', 'an old film', 'the news', 'a quiz show', 'the snooker'],
  side: ['left side', 'right side'],
  arm: ['left', 'right'],
} as const;
