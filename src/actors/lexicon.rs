//! Small embedded word lists the rules consult: common capitalised words, titles, honorifics,
//! given names and the cue nouns that decide kinds. Lists are general English, never picked
//! for one article; each is a whitespace-separated string turned into a set once.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::OnceLock;

/// Words that start sentences or headings but never name an actor on their own: function
/// words, sentence adverbs, pronouns, numbers, calendar words, and the capitalised common
/// nouns of page furniture and title case.
const COMMON: &str = "
a about above according across additionally after hence indeed whereupon behind beyond
great o afterwards again against ago all almost
along already also although always amid amidst among an and another any anyone anything
are around as at back be because been before being below beneath besides between beyond both
but by can cannot certainly clearly consequently could despite did do does doing down during
each either else elsewhere even eventually ever every everyone everything except few finally
first following for from further furthermore given had has have having he her here hers
herself him himself his how however i if importantly in including indeed inside instead into
is it its itself just last lastly later least less let like likewise many may maybe me
meanwhile might more moreover most mostly much must my myself nearly neither never
nevertheless next no nobody none nonetheless nor not nothing now nowhere of off often on once
one only onto or other others otherwise our ours ourselves out outside over overall perhaps
please plus quite rather really regardless second several shall she should similarly since so
some somebody someone something sometimes soon still such than that the their theirs them
themselves then there thereafter therefore these they third this those though through
throughout thus to today together tomorrow too toward towards under unless unlike until up
upon us very via was we well were what whatever when whenever where whereas wherever whether
which while who whoever whole whom whose why will with within without would yes yesterday yet
you your yours yourself
two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty hundred
thousand million billion dozens hundreds thousands millions
january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec
monday tuesday wednesday thursday friday saturday sunday
spring summer autumn fall winter morning evening night week weekend month year years decade
analysts policymakers officials experts observers critics supporters residents citizens
people leaders sources reporters researchers scholars authorities lawmakers diplomats
observers witnesses members voters workers women men children soldiers troops civilians
editor editors writer author authors staff contributor contributors photo photograph image
source note notes update updated read more related view all share print email subscribe
publications publication analysis report reports commentary question answer type topics
topic tags tag home menu search contact about page next previous back top section chapter
part introduction conclusion summary appendix abstract background overview index contents
policy security economics economy gender human rights global justice law rule peace war
conflict democracy governance development trade health climate energy technology education
migration religion culture society history politics government military defense defence
diplomacy terrorism counterterrorism
the mr mrs ms dr sir madam
oh ah eh alas ha hey hello yes no dear well tell let look come go see say ask please
ok okay tv gdp ceo cfo ngo ngos am pm ad bc ce bce faq pdf html http https www com org
api apis sdk sdks cli json xml csv yaml toml url urls uri usb gps sql css rss ui ux cpu gpu
newsletter newsletters advertisement advertisements sponsored cookie cookies privacy terms
login log sign register follow comments comment loading subscribers download listen watch
";

/// Function words and calendar words: stripped from either end of a capitalised run.
const FUNCTION: &str = "
a an the this that these those in on at of for by with from to and but or as if when while
after before since during under over into about amid its their his her our my your we they
he she it i there here then thus so yet still also however instead meanwhile nevertheless
both each every some many most few several all no not neither either such hence indeed
behind great o
whereupon besides
january february march april may june july august september october november december
monday tuesday wednesday thursday friday saturday sunday
";

/// Capitalised concepts, faiths, ideologies and legal systems: names, but not of actors.
const CONCEPTS: &str = "
shariah sharia shari'a islam christianity judaism hinduism buddhism sikhism jihad jihadism
salafism wahhabism sunni shia shiite sufi marxism communism socialism capitalism fascism
nazism liberalism conservatism nationalism zionism islamism leninism maoism stalinism
god allah quran koran bible torah gospel ramadan eid christmas easter diwali hanukkah
passover lent thanksgiving halloween nowruz pentecost epiphany hogmanay internet web covid covid-19 coronavirus ebola aids hiv english arabic french
spanish russian persian urdu pashto dari hindi mandarin latin greek
";

/// Words that head a title before a person's name; matched case-insensitively.
const TITLE_HEADS: &str = "
president minister premier chancellor senator sen. rep. representative congressman
congresswoman governor gov. mayor king queen prince princess emperor empress tsar czar
sultan emir shah pope cardinal archbishop bishop rabbi reverend rev. pastor father
general gen. colonel col. lieutenant lt. major maj. captain capt. sergeant sgt. admiral adm.
marshal commander commandant brigadier corporal private
dr. dr mr. mr mrs. mrs ms. ms miss sir dame lord lady count countess duke duchess baron
baroness prof. professor judge justice chief leader head founder chairman chairwoman
chairperson chair ceo cfo coo executive director spokesman spokeswoman spokesperson secretary
ambassador envoy adviser advisor deputy commissioner inspector superintendent officer
official minister-president vice-president generals ministers presidents kings princes
mp mps mep meps
officers monsieur madame mademoiselle majesty excellency
highness sire signor herr frau fräulein mlle mlle. mme mme. comte comtesse marquis
marquise vicomte uncle aunt cousin analyst economist lawyer
attorney correspondent reporter historian strategist negotiator coordinator
";

/// Nouns for a person's relation to others, which in an apposition hint at a person the
/// way a speech verb does: "His rival, Mohamed Hamdan Dagalo,", "her husband, Tom Reyes".
/// A party or a company can be a rival too, so the name's own words still come first.
const PERSON_NOUNS: &str = "
rival challenger opponent successor predecessor wife husband son daughter brother
sister widow widower mother father friend colleague fiancé fiancee girlfriend
boyfriend nephew niece grandson granddaughter mentor aide victim
suspect defendant plaintiff coach striker goalkeeper midfielder player owner farmer
engineer teacher doctor nurse driver resident student witness neighbour neighbor worker
volunteer survivor
";

/// Nouns that, in an apposition, say the name is an organisation: "Norvane, the maker".
const ORGANISATION_NOUNS: &str = "
maker manufacturer producer company firm group bank lender insurer retailer carrier airline
carmaker automaker chipmaker drugmaker miner utility fund exchange startup conglomerate giant operator supplier developer publisher newspaper broadcaster
outlet agency party movement charity organisation organization network subsidiary union
";

/// Words that may stand inside a title run ("Prime Minister", "Foreign Minister",
/// "Secretary-General", "Supreme Leader"), before its head word.
const TITLE_MODIFIERS: &str = "
prime foreign defense defence interior finance home justice health education trade
economy energy information war navy army air deputy vice acting former then late
supreme chief grand high first dowager executive managing senior assistant associate under
general attorney state national security lt. field staff crown opposition party military
regional provincial federal conservative liberal labour labor socialist democratic
republican green tory
";

/// Honorifics that are part of how a person is known: kept in the name ("Mullah Omar").
const HONORIFICS: &str =
    "mullah maulana mawlana sheikh shaikh imam ayatollah haji hajji hafiz sayyid mufti";

/// Lowercase particles inside or before names: "Osama bin Laden", "al-Qaida", "van Gogh".
const PARTICLES: &str =
    "al el ad ad- as ash at az an ar ul bin ibn bint abu de da del della der den des di
du la le van von y e of for the";

/// Lowercase words that join the parts of one name: "Bank of England", "Osama bin Laden".
const NAME_JOINTS: &str = "of for de da del della der den des di du la le van von bin ibn bint abu
al el y";

/// Nouns after a name that make a group: "the Haqqani family", "Baluch separatists".
const GROUP_NOUNS: &str = "
family families clan clans tribe tribes tribesmen dynasty household community communities
minority minorities diaspora separatist separatists rebel rebels insurgent insurgents
militant militants nationalist nationalists loyalist loyalists brotherhood
";

/// Nouns after a name that make a place: "Punjab province", "Swat valley".
const PLACE_NOUNS: &str = "
province provinces region regions valley district districts city town village county
state river mountains mountain desert island islands peninsula coast border basin plateau
lake sea gulf bay strait corridor enclave oblast governorate prefecture municipality
neighborhood neighbourhood airport port camp
";

/// Verbs after a bare name that say it is a person.
const PERSON_VERBS: &str = "said says told asked replied answered added wrote thought cried
exclaimed whispered smiled laughed nodded shouted muttered who";

/// Words of motion or position before "the X" that make X a place: "beyond the Dvína".
const MOTION_PREPOSITIONS: &str = "across along toward towards into onto beyond through past
near behind around outside inside beside over under";

/// Verbs a body does in news prose, after its name: "the Bundesbank said inflation would".
const BODY_VERBS: &str = "is was has had have will would could should may might must can
announced reported warned cut raised kept expects expected plans planned agreed approved
rejected ruled voted decided confirmed denied declined issued published estimated forecast";

/// Common given names (ambiguous ones such as Jordan, Georgia or Chad are left out).
const GIVEN_NAMES: &str = "
aaron abdul abdullah adam adrian ahmad ahmed aisha alan albert alex alexander alexandra alexei
ali alice alicia amanda amir amy ana andrea andreas andrei andrew angela angelina ann anna
anne anthony antonio antony ashraf barack benjamin bernard betty bill boris brian carlos carl
carol caroline catherine charles charlotte chris christian christina christine christopher
claire daniel david deborah dennis diana dmitry donald dorothy douglas edward elena elizabeth
emily emma emmanuel eric evelyn fatima fernando francis frank fred frederick gary george
gordon gregory hamid hannah harold harry hassan helen henry hillary howard hugh hussein ian
igor imran isabel ivan jack jacob james jane janet jason javier jean jeffrey jennifer jessica
jim joan joe john jonathan jorge jose joseph joshua juan julia julian justin karen karl kate
katherine kenneth kevin khalid kim laura lawrence leo leon linda lisa louis lucy luis
mahmoud margaret maria mark martin mary matthew maria michael michelle miguel mikhail
mohammad mohammed muhammad nancy narendra nasser natalia natasha nathan nicholas nicolas
nikolai olga omar oscar pablo patricia patrick paul pedro peter philip pierre rachel rahul
raj ralph raymond rebecca richard robert roger ronald rose ruth ryan saeed samuel sandra sarah
sergei sharon shehbaz stephen steven susan thomas timothy tom tony ursula valentina vanessa
victor vladimir walter william xavier yusuf yuri zainab
tomas tomás luis luca marco giovanni giuseppe francesco alessandro hans jürgen klaus
stefan wolfgang michel philippe françois jacques alain olivier jan piotr tomasz pavel
jiri lars anders erik sven nils johan mats ole pieter willem dirk joão paulo rafael diego
alejandro andrés felipe sergio manuel ricardo eduardo gabriel mohamed mustafa ibrahim
abdel yasser tariq rashid hamza kofi kwame emeka chinedu amadou moussa ahmadou hiroshi
takeshi kenji yuki wei li chen maya daniela sofia olivia sophie lena nina eva
";

/// Nouns of holding a part of a body: "shares in Siemens", "a stake in Alecta".
const HOLDING: &str = "shares share stake stakes stock stocks holding holdings shareholders
shareholder investors investor bonds";

/// People who work at a body: "analysts at Goldman Sachs", "engineers at Siemens".
const STAFF: &str = "analysts analyst economists economist strategists strategist executives
executive employees employee bankers banker traders trader engineers researchers staff
insiders";

/// What a body has and a person rarely does: "Siemens's shares", "Alecta's board".
const BODY_ATTRIBUTES: &str = "shares stock profit profits revenue revenues sales earnings
shareholders board ceo cfo subsidiary subsidiaries balance dividend valuation bonds
spokesman spokeswoman spokesperson";

/// Corporate roles written before a person's name: "Siemens chief executive Roland Busch",
/// "Halvorsen analyst Maja Ekberg". Political titles ("Putin adviser") are left out.
const CORPORATE_ROLES: &str = "ceo cfo coo chairman chairwoman analyst economist strategist
executive executives shareholders";

/// Nouns that make the name after "of" a place: "the mayor of Castelmoro", "the town of X".
const PLACE_OF: &str = "mayor mayors governor residents inhabitants outskirts suburbs streets
town city village province region district capital battle battles siege field";

/// Words before a name that say place: "communities around Nsanje", "towards Kherson".
const PLACE_BEFORE: &str = "near around outside across toward towards beyond into through";

/// Nouns after a name that make it a body: "the Verdi union", "the Labour party".
const BODY_AFTER: &str = "union party company firm bank lender carrier airline insurer
retailer broadcaster newspaper";

/// What a government has and a city does not, after a capital's possessive: "Moscow's
/// decision", "Islamabad's envoy".
const POLICY_NOUNS: &str = "decision decisions policy policies position positions stance
response reaction envoy envoys ambassador ambassadors embassy government leadership leaders
officials demands demand support backing objections concerns strategy approach calculus
interests influence ally allies relations ties plans plan offer proposal request refusal
patience intentions claims view views veto sanctions troops forces army military
diplomats diplomacy negotiators assessment warning warnings";

/// Verbs of speech, decision and stance after a capital that make it the government.
const GOVERNMENT_VERBS: &str = "said says say told warned warns accused accuses insisted
insists demanded demands decided decides announced announces agreed agrees refused refuses
rejected rejects denied denies responded responds wants wanted hopes hoped fears feared
believes believed claims claimed condemned condemns urged urges threatened threatens
signed signs recognized recognised recognizes recognises backed backs supported supports
opposed opposes approved approves vetoed sanctioned retaliated summoned summons expelled
expels pledged pledges vowed vows sought seeks blamed blames welcomed welcomes
criticized criticised criticizes criticises considers considered argued argues
declared declares protested protests proposed proposes offered offers
say warn accuse insist demand decide announce agree refuse reject deny respond want hope
fear believe claim condemn urge threaten sign recognize recognise support oppose
approve veto sanction retaliate summon expel pledge vow seek blame welcome criticize
criticise consider argue declare protest propose offer pay act press push negotiate accept
";

/// Modal verbs: a capital before one and an action is the government ("Washington should
/// pay attention"), before "be" it may be the city ("Moscow would be taken").
const MODALS: &str = "should must will would could can may might shall";

/// Words of government before "in" and a capital: "power in Islamabad".
const GOVERNMENT_NOUNS: &str = "power government governments regime regimes authorities
officials leadership leaders rulers policymakers decision-makers administration junta
envoy envoys ambassador ambassadors embassy embassies counterparts";

/// Words of relations before "with", "on" or "against" and a capital: "talks with Beijing".
const RELATION_NOUNS: &str = "talks relations ties dialogue negotiations deal agreement
agreements treaty alliance pressure sanctions dispute disputes rift tensions cooperation
engagement";

/// Envoys, messages and stances "to" a capital: "the ambassador to Moscow", "the options
/// available to Islamabad", "hostile to Beijing".
const ENVOY_NOUNS: &str = "envoy envoys ambassador ambassadors ambassadorship message appeal
overture overtures concessions ultimatum note available open hostile loyal allied friendly";

/// Verbs of pressure or feeling whose object is a government: "stunned Islamabad".
const PRESSURE_VERBS: &str = "stunned stuns surprised surprises angered angers alarmed alarms
irked irks worried worries pressured pressures pressed presses urged urges warned warns
accused accuses criticized criticised blamed blames persuaded persuades convinced
convinces reassured reassures frustrated frustrates embarrassed embarrasses
lobbied lobbies provoked provokes antagonized antagonised asking asked ask asks";

/// What a city as a place does over time: "Moscow had been burning for days".
const PHYSICAL_GERUNDS: &str = "burning smouldering smoldering sleeping waking growing
shrinking emptying filling shaking flooding freezing sweltering celebrating mourning";

/// Plain adjectives written with a capital that name no actor on their own ("Western",
/// "Central"), though they open many names ("Central Bank"): never stripped, only rejected
/// as the whole of a name.
const PLAIN_ADJECTIVES: &str = "western eastern northern southern central global
international regional national local foreign domestic western-backed pro-western";

/// FNV-1a: the sets hold short words and are probed for nearly every capitalised word, so
/// a simple hash beats the default one here.
#[derive(Default)]
pub struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 { 0xcbf2_9ce4_8422_2325 } else { self.0 };
        for &b in bytes {
            h = (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

/// Keyed by bytes, so a lowercased stack buffer is looked up without a UTF-8 re-check.
pub type WordSet = HashSet<&'static [u8], BuildHasherDefault<Fnv>>;

pub fn set(words: &'static str) -> WordSet {
    words.split_whitespace().map(str::as_bytes).collect()
}

/// Whether the space-separated `list` holds `word` exactly. Lists are probed for every
/// distinct name of a text, so each is hashed once, on first use, instead of scanned on
/// every probe (a text of a hundred thousand names made the scans most of the work).
pub fn in_list(list: &'static str, word: &str) -> bool {
    type Sets = std::sync::RwLock<HashMap<(usize, usize), &'static WordSet>>;
    static SETS: OnceLock<Sets> = OnceLock::new();
    let sets = SETS.get_or_init(Sets::default);
    let key = (list.as_ptr() as usize, list.len());
    let found = sets.read().ok().and_then(|s| s.get(&key).copied());
    let set = match found {
        Some(set) => set,
        None => match sets.write() {
            // Each list is built once and kept for the life of the program.
            Ok(mut s) => *s.entry(key).or_insert_with(|| Box::leak(Box::new(set(list)))),
            Err(_) => return list.split_whitespace().any(|w| w == word),
        },
    };
    set.contains(word.as_bytes())
}

/// Whether `set` holds the lowercase form of `word`, without allocating for short ASCII.
pub fn holds(set: &WordSet, word: &str) -> bool {
    if word.len() <= 32 && word.is_ascii() {
        let mut buf = [0u8; 32];
        let b = &mut buf[..word.len()];
        b.copy_from_slice(word.as_bytes());
        b.make_ascii_lowercase();
        set.contains(&*b)
    } else {
        set.contains(word.to_lowercase().as_bytes())
    }
}

/// Each list answers case-insensitively: "There" and "there" are both common.
macro_rules! word_set {
    ($fn_name:ident, $list:ident) => {
        pub fn $fn_name(word: &str) -> bool {
            static SET: OnceLock<WordSet> = OnceLock::new();
            let set = SET.get_or_init(|| set($list));
            holds(set, word)
        }
    };
}

word_set!(is_common, COMMON);
word_set!(is_concept, CONCEPTS);
word_set!(is_function, FUNCTION);
word_set!(is_organisation_noun, ORGANISATION_NOUNS);
word_set!(is_title_head, TITLE_HEADS);
word_set!(is_title_modifier, TITLE_MODIFIERS);
word_set!(is_honorific, HONORIFICS);
word_set!(is_particle, PARTICLES);
word_set!(is_name_joint, NAME_JOINTS);
word_set!(is_group_noun, GROUP_NOUNS);
word_set!(is_place_noun, PLACE_NOUNS);
word_set!(is_person_verb, PERSON_VERBS);
word_set!(is_body_verb, BODY_VERBS);
word_set!(is_motion_preposition, MOTION_PREPOSITIONS);
word_set!(is_holding_noun, HOLDING);
word_set!(is_staff_noun, STAFF);
word_set!(is_body_attribute, BODY_ATTRIBUTES);
word_set!(is_corporate_role, CORPORATE_ROLES);
word_set!(is_place_of_noun, PLACE_OF);
word_set!(is_place_preposition, PLACE_BEFORE);
word_set!(is_body_noun_after, BODY_AFTER);
word_set!(is_person_noun, PERSON_NOUNS);
word_set!(is_given_name, GIVEN_NAMES);
word_set!(is_policy_noun, POLICY_NOUNS);
word_set!(is_government_verb, GOVERNMENT_VERBS);
word_set!(is_modal, MODALS);
word_set!(is_government_noun, GOVERNMENT_NOUNS);
word_set!(is_relation_noun, RELATION_NOUNS);
word_set!(is_envoy_noun, ENVOY_NOUNS);
word_set!(is_pressure_verb, PRESSURE_VERBS);
word_set!(is_physical_gerund, PHYSICAL_GERUNDS);
word_set!(is_plain_adjective, PLAIN_ADJECTIVES);

/// "Don’t", "I’ll", "It's": a contraction, never a name.
pub fn is_contraction(word: &str) -> bool {
    word.rsplit_once(['\'', '’'])
        .is_some_and(|(_, tail)| matches!(tail, "t" | "ll" | "m" | "re" | "ve" | "d"))
}

/// Lowercases a word only when needed, so hot paths avoid allocating for plain lowercase.
pub fn lower(word: &str) -> std::borrow::Cow<'_, str> {
    if word.chars().any(char::is_uppercase) {
        std::borrow::Cow::Owned(word.to_lowercase())
    } else {
        std::borrow::Cow::Borrowed(word)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_answer_in_lowercase() {
        assert!(is_common("there") && is_common("september") && is_common("thursday"));
        assert!(is_concept("shariah") && !is_concept("taliban"));
        assert!(is_title_head("minister") && is_title_head("gen.") && is_title_head("chief"));
        assert!(is_honorific("mullah") && !is_honorific("president"));
        assert!(is_group_noun("family") && is_place_noun("valley"));
        assert!(is_given_name("rebecca") && !is_given_name("jordan"));
        assert_eq!(lower("Taliban"), "taliban");
        assert!(is_common("There") && is_title_head("Minister") && is_given_name("Rebecca"));
        assert!(is_common("THURSDAY") && !is_common("Islamabad"));
    }
}
