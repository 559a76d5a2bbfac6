/**
 * The shared vocabulary of the synthetic plans: strategic-plan words arranged in phrase slots, so that texts
 * read like a results-based plan and share words the way real ones do (most outcomes start "Increased",
 * many texts name the same topics), while the number of slot combinations keeps accidental near-duplicates
 * rare even among 100,000 texts.
 */
const split = (text) => text.split('|');

export const TOPICS = split(
  'radio-frequency spectrum|satellite orbit resources|broadband connectivity|mobile networks|fibre-optic backbones|international standards|conformity and interoperability|cybersecurity|emergency telecommunications|e-waste management|digital skills|capacity building|digital inclusion|accessibility for persons with disabilities|numbering resources|internet exchange points|quality of service|tariff policy|universal service funds|digital financial services|smart sustainable cities|artificial intelligence|the internet of things|cloud computing|data protection|child online protection|climate change adaptation|energy efficiency|submarine cables|rural connectivity|community networks|spectrum monitoring|frequency assignments|terrestrial television broadcasting|radionavigation systems|earth exploration satellites|network resilience|disaster risk reduction|digital identity|e-government services|telemedicine|distance learning|gender equality|youth employment|innovation ecosystems|start-up incubation|regulatory frameworks|competition policy|infrastructure sharing|open source tools|ICT statistics|price baskets|affordability|public-private partnerships|knowledge sharing|study group work|conference preparation|the Radio Regulations|mobile broadband|digital transformation|spectrum sharing|satellite broadband|broadcasting standards|video coding|optical transport|quantum-safe cryptography|network slicing|emergency alerting|maritime communications|aeronautical telemetry|digital public infrastructure|open data platforms|postal e-commerce|digital health records|precision agriculture|intelligent transport systems|drone connectivity|green data centres|mobile money|last-mile access|backhaul capacity|numbering plans|roaming charges|consumer protection|online safety|cyber resilience|digital literacy|school connectivity|high-altitude platforms|shared towers',
);
export const QUALIFIERS = split(
  'national|regional|cross-border|sustainable|affordable|secure|resilient|inclusive|open|interoperable|next-generation|low-cost|green|trusted|harmonized|evidence-based|efficient|timely|equitable|innovative|wireless|fixed|satellite|terrestrial|community-based|shared|local|public|emerging|long-term',
);
export const BENEFICIARIES = split(
  'countries|Member States|Sector Members|regulators|operators|least developed countries|small island developing states|landlocked developing countries|developing countries|academia|women and girls|young people|persons with disabilities|indigenous communities|rural households|local authorities|small and medium enterprises|national administrations|research institutes|civil society organizations|standards bodies|industry partners|schools|hospitals|emergency services|broadcasters|satellite operators|municipalities|older persons|migrants and refugees|universities|farmers|fishing communities|health workers|teachers|women entrepreneurs|internet service providers|postal operators|smallholder cooperatives|youth organizations',
);
export const REGIONS = split(
  'in Africa|in the Americas|in the Arab States|in Asia and the Pacific|in the CIS region|in Europe|in the Caribbean|in Central America|in the Andean region|in West Africa|in East Africa|in Southern Africa|in the Sahel|in the Pacific islands|in South Asia|in South-East Asia|in Central Asia|in the Balkans|in the Baltic states|in the Mekong basin|in the Gulf region|in North Africa|in the Horn of Africa|in the Great Lakes region|in the Amazon basin|in the Southern Cone|in Melanesia|in Polynesia|in Micronesia|in the Indian Ocean islands|in the Nordic countries|in the Mediterranean|in the Caucasus|in the Himalayan region|in Central Africa|across border areas|in urban centres|in remote areas|in mountainous regions|in coastal zones|worldwide|in post-conflict countries|in island nations|in megacities|in river deltas|in desert regions|in the Arctic|in the Danube region|in the Nile basin|in the Lake Chad basin|in the Guiana Shield|in the Pamir region|in the Altiplano|in Patagonia|in the Kalahari|in the Sundarbans|in the Outback|in the Steppe|in the Rift Valley|in the Atlas region',
);
export const DELIVERABLES = split(
  'Recommendations|Technical reports|Handbooks|Guidelines|Regional workshops|Training courses|Databases|Online tools|Assessment studies|Policy briefs|Toolkits|Case studies|Expert missions|Pilot projects|Statistical reports|Model regulations|Best practice guides|Webinars|Publications|Software tools|Assistance to members|Field surveys|Capacity-building programmes|Benchmarks|Implementation manuals|Global symposia|Regional forums|Study group reports|Technical assistance|Maturity assessments',
);
export const MEASURES = split(
  'number|percentage|share|proportion|level|quality|availability|use|adoption|awareness|participation|capacity|coverage|reliability|uptake|implementation|readiness|effectiveness',
);
const OUTCOME_STARTS = split('Increased|Increased|Increased|Increased|Improved|Enhanced|Reduced gaps in the|Strengthened|Greater|Wider');
const LINKS = split('with|using|benefiting from|adopting|applying|contributing to');
const VERBS = split('Foster|Promote|Strengthen|Facilitate|Enable|Support|Develop|Ensure|Improve|Advance|Expand|Coordinate|Encourage|Build|Harmonize');
const ACTIVITIES = split(
  'regulation and management|standards|development|capacity building|policy|coordination|deployment|monitoring|governance|assistance|outreach|research|statistics|partnerships|programmes',
);
const PURPOSES = split(
  'so that everyone benefits from affordable access|in support of the digital economy|while avoiding harmful interference|to bridge the digital divide|towards universal and meaningful connectivity|for sustainable development|in line with the 2030 Agenda|through international cooperation|by sharing knowledge and know-how|with a view to long-term resilience|leaving no one offline|in a rational, equitable and timely way',
);
export const GOAL_NAMES = split('Growth|Inclusiveness|Sustainability|Innovation|Partnership|Resilience|Trust|Affordability|Connectivity|Cooperation');
export const SDG_TARGETS = split('1.4|2.4|3.D|4.4|4.A|5.B|7.3|8.2|9.1|9.4|9.5|9.C|10.2|11.3|11.B|12.5|13.1|16.10|17.6|17.8');
const ENABLER_VERBS = split('Efficient processing of|Management of|Maintenance of|Delivery of|Coordination of|Oversight of');
const RISK_STARTS = split('Risk of duplication of efforts in|Risk of insufficient funding for|Risk of loss of relevance in|Risk of delays in|Risk of fragmentation of');
export const MITIGATION_STRATEGIES = ['avoidance', 'limitation', 'transfer'];

const capitalise = (text) => text.charAt(0).toUpperCase() + text.slice(1);

/** Text makers: each takes the random generator and returns one sentence of its kind. */
export const text = {
  objectiveTitle: (r) => capitalise(`${r.pick(QUALIFIERS)} ${r.pick(TOPICS)} ${r.pick(ACTIVITIES)}`),
  objectiveStatement: (r) =>
    `${r.pick(VERBS)} ${r.pick(QUALIFIERS)} ${r.pick(TOPICS)} and ${r.pick(TOPICS)} for ${r.pick(BENEFICIARIES)} ${r.pick(REGIONS)}, ${r.pick(PURPOSES)}`,
  outcome: (r) =>
    `${r.pick(OUTCOME_STARTS)} ${r.pick(MEASURES)} of ${r.pick(BENEFICIARIES)} ${r.pick(LINKS)} ${r.pick(QUALIFIERS)} ${r.pick(TOPICS)} and ${r.pick(TOPICS)} ${r.pick(REGIONS)}`,
  output: (r) => `${r.pick(DELIVERABLES)} on ${r.pick(QUALIFIERS)} ${r.pick(TOPICS)} and ${r.pick(TOPICS)} for ${r.pick(BENEFICIARIES)} ${r.pick(REGIONS)}`,
  goalStatement: (r) => `${r.pick(VERBS)} ${r.pick(TOPICS)} and ${r.pick(TOPICS)} ${r.pick(PURPOSES)}`,
  goalDescription: (r) =>
    `The Union will work to ${r.pick(VERBS).toLowerCase()} ${r.pick(QUALIFIERS)} ${r.pick(TOPICS)} for ${r.pick(BENEFICIARIES)} ${r.pick(REGIONS)}. ` +
    `It will ${r.pick(VERBS).toLowerCase()} ${r.pick(TOPICS)} and ${r.pick(TOPICS)} ${r.pick(PURPOSES)}.`,
  targetScope: (r) => `${r.pick(BENEFICIARIES)} ${r.pick(REGIONS)} ${r.pick(LINKS)} ${r.pick(TOPICS)}`,
  enablerActivity: (r) => `${r.pick(ENABLER_VERBS)} ${r.pick(QUALIFIERS)} ${r.pick(TOPICS)}`,
  enablerResult: (r) => `${r.pick(OUTCOME_STARTS)} ${r.pick(MEASURES)} of ${r.pick(TOPICS)} for ${r.pick(BENEFICIARIES)}`,
  riskTitle: (r) => capitalise(`${r.pick(QUALIFIERS)} ${r.pick(TOPICS)} at risk`),
  risk: (r) => `${r.pick(RISK_STARTS)} ${r.pick(TOPICS)} ${r.pick(REGIONS)}`,
  mitigation: (r) => `${r.pick(VERBS)} ${r.pick(TOPICS)} ${r.pick(PURPOSES)}`,
};

/** Words a near-duplicate may swap in: content words, never function words that the similarity drops. */
export const SWAP_WORDS = [...new Set([...TOPICS, ...QUALIFIERS, ...BENEFICIARIES].flatMap((phrase) => phrase.split(' ')))].filter(
  (word) => word.length > 4 && /^[a-z-]+$/.test(word),
);
