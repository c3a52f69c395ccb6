/**
 * Name pools for synthetic people. Common British first and last names, combined at random, so
 * no record describes a real person. Residents get names typical of people now in their 80s.
 */

export const RESIDENT_FIRST_NAMES_F = [
  'Margaret', 'Joan', 'Dorothy', 'Patricia', 'Barbara', 'Irene', 'Audrey', 'Maureen', 'Sheila',
  'Doreen', 'Elsie', 'Violet', 'Edna', 'Brenda', 'Pauline', 'Jean', 'Betty', 'Phyllis', 'Mavis',
  'Eileen', 'Shirley', 'Rita', 'Gwen', 'Hilda', 'Vera', 'Winifred', 'Sylvia', 'Marjorie',
];

export const RESIDENT_FIRST_NAMES_M = [
  'Arthur', 'Harold', 'Kenneth', 'Dennis', 'Ronald', 'Stanley', 'Leonard', 'Albert', 'Frank',
  'Norman', 'Walter', 'Eric', 'Cyril', 'Raymond', 'Bernard', 'Derek', 'Gordon', 'Clifford',
  'Percy', 'Reginald', 'Douglas', 'Alfred',
];

export const STAFF_FIRST_NAMES = [
  'Jane', 'Aisha', 'Tom', 'Priya', 'Grace', 'Daniel', 'Chloe', 'Kwame', 'Sophie', 'Marek',
  'Emma', 'Joseph', 'Fatima', 'Liam', 'Hannah', 'Olu', 'Rachel', 'Tendai', 'Megan', 'Ravi',
  'Zofia', 'Ben', 'Amara', 'Kieran', 'Lucy', 'Samuel', 'Niamh', 'Precious', 'Owen', 'Maria',
  'Jordan', 'Leah', 'Adebayo', 'Kirsty', 'Mohammed', 'Ellie', 'Anil', 'Rosa', 'Callum', 'Joy',
  'Stacey', 'Imran', 'Beth', 'Nadia',
];

export const LAST_NAMES = [
  'Ellis', 'Smith', 'Hughes', 'Patel', 'Morgan', 'Walsh', 'Turner', 'Clarke', 'Baker', 'Price',
  'Hall', 'Wood', 'Green', 'Cooper', 'Reid', 'Khan', 'Owens', 'Fletcher', 'Mason', 'Harvey',
  'Lloyd', 'Barker', 'Dixon', 'Webb', 'Marsh', 'Holt', 'Pearce', 'Rowe', 'Nash', 'Bennett',
  'Carter', 'Doyle', 'Foster', 'Gill', 'Hayes', 'Jenkins', 'Knight', 'Lowe', 'Moss', 'Nolan',
  'Okafor', 'Parry', 'Quinn', 'Rhodes', 'Shah', 'Tate', 'Vaughan', 'Wilde', 'Young', 'Adeyemi',
  'Kowalski', 'Mensah', 'Ahmed', 'Brennan', 'Chambers', 'Dunn', 'Ferguson', 'Gordon',
];
