//! Writes each awkward document shape at a given size, for measuring lector on them by hand:
//! `cargo run --release --example shapes -- DIR BYTES` writes `DIR/<shape>-<BYTES>.<ext>`.

use lector::shapes::Shape;
use std::path::PathBuf;

fn main() -> std::io::Result<()> {
    let mut args = std::env::args().skip(1);
    let dir = PathBuf::from(args.next().unwrap_or_else(|| ".".into()));
    let bytes: usize = args.next().and_then(|b| b.parse().ok()).unwrap_or(1 << 20);
    let only = args.next();
    std::fs::create_dir_all(&dir)?;
    for shape in Shape::ALL {
        if only.as_deref().is_some_and(|o| o != shape.name()) {
            continue;
        }
        let path = dir.join(format!("{}-{bytes}.{}", shape.name(), shape.extension()));
        std::fs::write(&path, shape.generate(bytes))?;
        println!("{}", path.display());
    }
    Ok(())
}
