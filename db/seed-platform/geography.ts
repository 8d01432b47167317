import { climateZones } from '../../cron/pipelines/climate-zones'

/**
 * Where the generated tenants work: every state with a rough share of contractors (by
 * population), a construction price factor, its neighbours, and a few real 3-digit ZIP
 * prefixes with a city in each. Prefix weights are steep on purpose, so a metro prefix
 * gathers many companies and a rural one only a few (the regional roll-up has both).
 * Climate zones are the pattern pipelines' own (cron/pipelines/climate-zones.ts).
 */

export type ZipArea = { prefix: string; city: string; weight: number }
export type StateInfo = { code: string; share: number; priceFactor: number; neighbors: string[]; areas: ZipArea[] }

/** `'350 Birmingham, 358 Huntsville'` → areas weighted 1, 1/2, 1/3, …: the first is the metro. */
function areas(list: string): ZipArea[] {
  return list.split(', ').map((entry, i) => ({ prefix: entry.slice(0, 3), city: entry.slice(4), weight: 1 / (i + 1) }))
}

const state = (code: string, share: number, priceFactor: number, neighbors: string, list: string): StateInfo => ({
  code,
  share,
  priceFactor,
  neighbors: neighbors ? neighbors.split(' ') : [],
  areas: areas(list),
})

export const states: StateInfo[] = [
  state('AL', 5.0, 0.88, 'FL GA MS TN', '350 Birmingham, 358 Huntsville, 361 Montgomery, 366 Mobile, 354 Tuscaloosa, 363 Dothan'),
  state('AK', 0.7, 1.3, '', '995 Anchorage, 997 Fairbanks, 998 Juneau'),
  state('AZ', 7.2, 0.98, 'CA NV NM UT', '850 Phoenix, 852 Mesa, 857 Tucson, 853 Glendale, 863 Prescott, 860 Flagstaff, 864 Kingman'),
  state('AR', 3.0, 0.87, 'LA MO MS OK TN TX', '722 Little Rock, 727 Fayetteville, 729 Fort Smith, 724 Jonesboro, 719 Hot Springs'),
  state('CA', 39.5, 1.25, 'AZ NV OR', '900 Los Angeles, 921 San Diego, 926 Irvine, 951 San Jose, 925 Riverside, 941 San Francisco, 958 Sacramento, 937 Fresno'),
  state('CO', 5.8, 1.07, 'KS NE NM OK UT WY', '802 Denver, 809 Colorado Springs, 805 Fort Collins, 803 Boulder, 810 Pueblo, 815 Grand Junction'),
  state('CT', 3.6, 1.15, 'MA NY RI', '061 Hartford, 065 New Haven, 066 Bridgeport, 069 Stamford, 060 Glastonbury, 067 Waterbury, 063 New London'),
  state('DE', 1.0, 1.02, 'MD NJ PA', '198 Wilmington, 197 Newark, 199 Dover'),
  state('DC', 0.7, 1.25, 'MD VA', '200 Washington'),
  state('FL', 21.5, 0.98, 'AL GA', '331 Miami, 328 Orlando, 336 Tampa, 322 Jacksonville, 333 Fort Lauderdale, 334 West Palm Beach, 339 Fort Myers, 323 Tallahassee'),
  state('GA', 10.7, 0.94, 'AL FL NC SC TN', '303 Atlanta, 300 Marietta, 314 Savannah, 309 Augusta, 319 Columbus, 312 Macon, 306 Athens'),
  state('HI', 1.5, 1.35, '', '968 Honolulu, 967 Hilo'),
  state('ID', 1.8, 0.96, 'MT NV OR UT WA WY', '837 Boise, 836 Nampa, 838 Coeur d\'Alene, 834 Idaho Falls, 832 Pocatello, 833 Twin Falls'),
  state('IL', 12.8, 1.05, 'IN IA KY MO WI', '606 Chicago, 600 Arlington Heights, 605 Aurora, 604 Joliet, 611 Rockford, 616 Peoria, 627 Springfield, 618 Champaign'),
  state('IN', 6.8, 0.92, 'IL KY MI OH', '462 Indianapolis, 460 Carmel, 468 Fort Wayne, 466 South Bend, 477 Evansville, 474 Bloomington, 479 Lafayette'),
  state('IA', 3.2, 0.92, 'IL MN MO NE SD WI', '503 Des Moines, 524 Cedar Rapids, 528 Davenport, 500 Ames, 522 Iowa City, 511 Sioux City, 520 Dubuque'),
  state('KS', 2.9, 0.91, 'CO MO NE OK', '662 Overland Park, 672 Wichita, 661 Kansas City, 666 Topeka, 660 Lawrence, 665 Manhattan'),
  state('KY', 4.5, 0.9, 'IL IN MO OH TN VA WV', '402 Louisville, 405 Lexington, 410 Covington, 421 Bowling Green, 423 Owensboro, 420 Paducah'),
  state('LA', 4.7, 0.92, 'AR MS TX', '701 New Orleans, 708 Baton Rouge, 700 Metairie, 705 Lafayette, 711 Shreveport, 706 Lake Charles, 712 Monroe'),
  state('ME', 1.4, 1.0, 'NH', '041 Portland, 040 Saco, 042 Lewiston, 044 Bangor, 043 Augusta'),
  state('MD', 6.2, 1.1, 'DE DC PA VA WV', '212 Baltimore, 208 Bethesda, 210 Columbia, 209 Silver Spring, 214 Annapolis, 217 Frederick, 218 Salisbury'),
  state('MA', 7.0, 1.2, 'CT NH NY RI VT', '021 Boston, 024 Newton, 018 Woburn, 016 Worcester, 017 Framingham, 011 Springfield, 023 Brockton, 026 Hyannis'),
  state('MI', 10.1, 0.96, 'IN OH WI', '482 Detroit, 480 Royal Oak, 495 Grand Rapids, 481 Ann Arbor, 489 Lansing, 485 Flint, 490 Kalamazoo, 496 Traverse City'),
  state('MN', 5.7, 1.03, 'IA ND SD WI', '554 Minneapolis, 551 St. Paul, 553 Maple Grove, 559 Rochester, 558 Duluth, 563 St. Cloud, 560 Mankato'),
  state('MS', 3.0, 0.86, 'AL AR LA TN', '392 Jackson, 395 Gulfport, 394 Hattiesburg, 386 Southaven, 388 Tupelo, 393 Meridian'),
  state('MO', 6.2, 0.92, 'AR IL IA KS KY NE OK TN', '631 St. Louis, 641 Kansas City, 658 Springfield, 630 Chesterfield, 633 St. Charles, 652 Columbia, 651 Jefferson City, 648 Joplin'),
  state('MT', 1.1, 0.98, 'ID ND SD WY', '591 Billings, 598 Missoula, 597 Bozeman, 594 Great Falls, 596 Helena, 599 Kalispell'),
  state('NE', 2.0, 0.93, 'CO IA KS MO SD WY', '681 Omaha, 685 Lincoln, 680 Bellevue, 688 Grand Island, 691 North Platte, 693 Scottsbluff'),
  state('NV', 3.1, 1.03, 'AZ CA ID OR UT', '891 Las Vegas, 890 Henderson, 895 Reno, 897 Carson City, 898 Elko'),
  state('NH', 1.4, 1.05, 'ME MA VT', '031 Manchester, 030 Nashua, 038 Portsmouth, 033 Concord, 034 Keene, 037 Lebanon'),
  state('NJ', 9.3, 1.18, 'DE NY PA', '071 Newark, 076 Hackensack, 073 Jersey City, 077 Red Bank, 080 Cherry Hill, 089 New Brunswick, 087 Lakewood, 086 Trenton'),
  state('NM', 2.1, 0.92, 'AZ CO OK TX', '871 Albuquerque, 880 Las Cruces, 875 Santa Fe, 874 Farmington, 882 Roswell'),
  state('NY', 20.2, 1.25, 'CT MA NJ PA VT', '100 New York, 112 Brooklyn, 113 Flushing, 117 Huntington, 106 White Plains, 142 Buffalo, 146 Rochester, 122 Albany'),
  state('NC', 10.4, 0.93, 'GA SC TN VA', '282 Charlotte, 276 Raleigh, 274 Greensboro, 277 Durham, 271 Winston-Salem, 283 Fayetteville, 284 Wilmington, 288 Asheville'),
  state('ND', 0.8, 0.95, 'MN MT SD', '581 Fargo, 585 Bismarck, 582 Grand Forks, 587 Minot'),
  state('OH', 11.8, 0.94, 'IN KY MI PA WV', '432 Columbus, 441 Cleveland, 452 Cincinnati, 436 Toledo, 443 Akron, 454 Dayton, 447 Canton, 445 Youngstown'),
  state('OK', 4.0, 0.88, 'AR CO KS MO NM TX', '731 Oklahoma City, 741 Tulsa, 730 Norman, 740 Broken Arrow, 735 Lawton, 737 Enid'),
  state('OR', 4.2, 1.08, 'CA ID NV WA', '972 Portland, 970 Beaverton, 973 Salem, 974 Eugene, 977 Bend, 975 Medford'),
  state('PA', 13.0, 1.0, 'DE MD NJ NY OH WV', '191 Philadelphia, 152 Pittsburgh, 190 Bensalem, 194 Norristown, 181 Allentown, 171 Harrisburg, 176 Lancaster, 165 Erie'),
  state('RI', 1.1, 1.1, 'CT MA', '029 Providence, 028 Warwick'),
  state('SC', 5.1, 0.92, 'GA NC', '292 Columbia, 294 Charleston, 296 Greenville, 293 Spartanburg, 295 Myrtle Beach, 297 Rock Hill, 299 Beaufort'),
  state('SD', 0.9, 0.9, 'IA MN MT NE ND WY', '571 Sioux Falls, 577 Rapid City, 570 Brookings, 574 Aberdeen, 575 Pierre'),
  state('TN', 6.9, 0.92, 'AL AR GA KY MS MO NC VA', '372 Nashville, 381 Memphis, 379 Knoxville, 370 Franklin, 374 Chattanooga, 371 Murfreesboro, 376 Johnson City, 383 Jackson'),
  state('TX', 29.1, 0.94, 'AR LA NM OK', '770 Houston, 752 Dallas, 782 San Antonio, 787 Austin, 761 Fort Worth, 750 Plano, 799 El Paso, 785 McAllen'),
  state('UT', 3.3, 0.98, 'AZ CO ID NV WY', '841 Salt Lake City, 840 Sandy, 846 Provo, 844 Ogden, 847 St. George, 843 Logan'),
  state('VT', 0.6, 1.03, 'MA NH NY', '054 Burlington, 057 Rutland, 056 Montpelier, 052 Bennington, 050 White River Junction'),
  state('VA', 8.6, 1.02, 'DC KY MD NC TN WV', '220 Fairfax, 222 Arlington, 232 Richmond, 234 Virginia Beach, 201 Ashburn, 235 Norfolk, 240 Roanoke, 229 Charlottesville'),
  state('WA', 7.7, 1.12, 'ID OR', '981 Seattle, 980 Bellevue, 984 Tacoma, 982 Everett, 992 Spokane, 986 Vancouver, 985 Olympia, 993 Kennewick'),
  state('WV', 1.8, 0.88, 'KY MD OH PA VA', '253 Charleston, 257 Huntington, 265 Morgantown, 254 Martinsburg, 260 Wheeling, 261 Parkersburg'),
  state('WI', 5.9, 0.97, 'IL IA MI MN', '532 Milwaukee, 537 Madison, 531 Waukesha, 543 Green Bay, 549 Appleton, 534 Racine, 547 Eau Claire, 546 La Crosse'),
  state('WY', 0.6, 0.96, 'CO ID MT NE SD UT', '820 Cheyenne, 826 Casper, 827 Gillette, 829 Rock Springs, 830 Jackson'),
]

export const stateByCode = new Map(states.map((s) => [s.code, s]))

export function stateInfo(code: string): StateInfo {
  const info = stateByCode.get(code)
  if (!info) throw new RangeError(`unknown state ${code}`)
  return info
}

/** How climate shortens or stretches equipment life: hot, humid air is hardest on it, cold kindest. */
const climateLifeFactors: Record<string, number> = { hot_humid: 0.88, hot_dry: 0.95, mixed_humid: 0.97, marine: 1, cold: 1.06, very_cold: 1.08 }

export const climateLifeFactor = (state: string): number => climateLifeFactors[climateZones[state] ?? ''] ?? 1

export const streets = [
  'Maple Ave', 'Oak St', 'Elm St', 'Church St', 'Highland Ave', 'Ridge Rd', 'Prospect St', 'Spring St', 'Laurel Ln',
  'Brookside Dr', 'Cedar St', 'Park Ave', 'Washington St', 'Lake Dr', 'Hillcrest Rd', 'Meadow Ln', 'Sunset Blvd',
  'Pine St', 'Walnut St', 'Magnolia Dr', 'Cypress Ln', 'Mesquite Trl', 'Aspen Way', 'Willow Creek Rd', 'Main St',
  'Jefferson Ave', 'Lincoln Ave', 'Franklin St', 'Mill Rd', 'Orchard Ln', 'River Rd', 'Forest Dr', 'Canyon View Dr',
]

export const firstNames = [
  'Karen', 'Michael', 'Jennifer', 'David', 'Lisa', 'James', 'Maria', 'Robert', 'Susan', 'Thomas', 'Angela', 'Brian',
  'Nicole', 'Kevin', 'Rachel', 'Steven', 'Megan', 'Anthony', 'Laura', 'Christopher', 'Emily', 'Daniel', 'Samantha',
  'Joseph', 'Amanda', 'Patrick', 'Heather', 'Matthew', 'Andrew', 'Raj', 'Mei', 'Aisha', 'Carlos', 'Yolanda', 'Hiroshi',
  'Fatima', 'Sean', 'Victor', 'Deborah', 'Ethan', 'Olivia', 'Grace', 'Nathan', 'Monique', 'Luis', 'Priya', 'Jamal', 'Ana',
]

export const lastNames = [
  'Smith', 'Johnson', 'Williams', 'Brown', 'Jones', 'Garcia', 'Miller', 'Davis', 'Rodriguez', 'Martinez', 'Hernandez',
  'Lopez', 'Gonzalez', 'Wilson', 'Anderson', 'Thomas', 'Taylor', 'Moore', 'Jackson', 'Martin', 'Lee', 'Perez', 'Thompson',
  'White', 'Harris', 'Clark', 'Lewis', 'Robinson', 'Walker', 'Young', 'Allen', 'King', 'Wright', 'Scott', 'Nguyen', 'Hill',
  'Flores', 'Green', 'Adams', 'Nelson', 'Baker', 'Hall', 'Rivera', 'Campbell', 'Mitchell', 'Carter', 'Roberts', 'Patel',
  'Sullivan', 'Kowalski', 'Murphy', 'Okafor', 'Kim', 'Chen', 'Rossi', 'Brennan',
]
