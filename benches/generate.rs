//! Large benchmark inputs built from the bundled article: each copy gets its own section
//! titles and a different person's name, so the document is not one text repeated verbatim.

const PEOPLE: [&str; 6] = [
    "Amina Qureshi",
    "Farid Noorzai",
    "Daniel Okafor",
    "Lena Hartmann",
    "Tomas Reyes",
    "Yuki Tanaka",
];

/// About `bytes` of article text.
pub fn article_of_size(bytes: usize) -> String {
    let seed = lector::BUNDLED_ARTICLE;
    let mut out = String::with_capacity(bytes + seed.len());
    let mut i = 0;
    while out.len() < bytes {
        let copy = seed
            .replace(
                "Why Did Pakistan Opt for Airstrikes?",
                &format!("Part {i}: Why Did Pakistan Opt for Airstrikes?"),
            )
            .replace("Pakistani Policy Response", &format!("Policy Response, Round {i}"))
            .replace("Shehbaz Sharif", PEOPLE[i % PEOPLE.len()]);
        out.push_str(&copy);
        out.push_str("\n\n");
        i += 1;
    }
    out
}
