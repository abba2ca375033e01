//! A count of the steps detection takes (tokens visited, bytes scanned by the matcher,
//! names resolved), so a test can check that work grows linearly with the text without
//! timing anything. Each stage adds its count once per block or pass, so the shared
//! counter is touched rarely even on many cores.

use std::sync::atomic::{AtomicU64, Ordering};

static STEPS: AtomicU64 = AtomicU64::new(0);

/// Adds `n` steps.
pub fn add(n: usize) {
    STEPS.fetch_add(n as u64, Ordering::Relaxed);
}

/// Steps taken since the program started, by every detection run in it.
pub fn steps() -> u64 {
    STEPS.load(Ordering::Relaxed)
}
