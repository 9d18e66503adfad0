//! A tile-grid map of the 14 southern provinces: one equal square per province, placed roughly
//! where the province lies (north at the top, the Andaman coast on the left, the Gulf of
//! Thailand on the right).
//!
//! Equal tiles are fairer than a real map for showing "how many sites per province": Phuket
//! (543 km²) gets as much room as Surat Thani (12,891 km²). The grid, 4 columns × 6 rows:
//!
//! ```text
//!         Ranong      Chumphon
//!         Phang Nga   Surat Thani
//! Phuket  Krabi       Nakhon Si Thammarat
//!         Trang       Phatthalung
//!         Satun       Songkhla      Pattani
//!                     Yala          Narathiwat
//! ```

use super::{length, Rect};

/// One province's tile: its ISO 3166-2 code, names, and grid cell.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ProvinceTile {
    pub iso: &'static str,
    pub name_th: &'static str,
    pub name_en: &'static str,
    pub column: u8,
    pub row: u8,
}

pub const GRID_COLUMNS: u8 = 4;
pub const GRID_ROWS: u8 = 6;

const fn tile(
    iso: &'static str,
    name_th: &'static str,
    name_en: &'static str,
    column: u8,
    row: u8,
) -> ProvinceTile {
    ProvinceTile {
        iso,
        name_th,
        name_en,
        column,
        row,
    }
}

/// The 14 southern provinces, north to south.
pub const SOUTHERN_PROVINCE_TILES: [ProvinceTile; 14] = [
    tile("TH-85", "ระนอง", "Ranong", 1, 0),
    tile("TH-86", "ชุมพร", "Chumphon", 2, 0),
    tile("TH-82", "พังงา", "Phang Nga", 1, 1),
    tile("TH-84", "สุราษฎร์ธานี", "Surat Thani", 2, 1),
    tile("TH-83", "ภูเก็ต", "Phuket", 0, 2),
    tile("TH-81", "กระบี่", "Krabi", 1, 2),
    tile("TH-80", "นครศรีธรรมราช", "Nakhon Si Thammarat", 2, 2),
    tile("TH-92", "ตรัง", "Trang", 1, 3),
    tile("TH-93", "พัทลุง", "Phatthalung", 2, 3),
    tile("TH-91", "สตูล", "Satun", 1, 4),
    tile("TH-90", "สงขลา", "Songkhla", 2, 4),
    tile("TH-94", "ปัตตานี", "Pattani", 3, 4),
    tile("TH-95", "ยะลา", "Yala", 2, 5),
    tile("TH-96", "นราธิวาส", "Narathiwat", 3, 5),
];

/// The tile of a province code (`"TH-84"`; case and surrounding spaces are ignored).
pub fn tile_for(iso: &str) -> Option<&'static ProvinceTile> {
    let wanted = iso.trim();
    SOUTHERN_PROVINCE_TILES
        .iter()
        .find(|t| t.iso.eq_ignore_ascii_case(wanted))
}

/// A tile placed in pixels.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PlacedTile {
    pub tile: ProvinceTile,
    pub rect: Rect,
}

/// The layout of the whole map inside a `width` × `height` box.
#[derive(Debug, Clone, PartialEq)]
pub struct TileMapLayout {
    /// Height of one tile (its side when square), its width, and the gap between tiles.
    pub tile_size: f64,
    pub tile_width: f64,
    pub gap: f64,
    pub tiles: Vec<PlacedTile>,
}

/// Tiles as large as fit in the box, the grid centred, `gap` between tiles. Tiles are square
/// unless `max_aspect` > 1 lets them grow wider (up to that many times their height) to use
/// a wide box, so that long province names fit in large type.
pub fn layout_tiles(width: f64, height: f64, gap: f64, max_aspect: f64) -> TileMapLayout {
    let (width, height) = (length(width), length(height));
    let columns = GRID_COLUMNS as f64;
    let rows = GRID_ROWS as f64;
    let gap = length(gap)
        .min(width / columns / 2.0)
        .min(height / rows / 2.0);
    let pitch = (width / columns).min(height / rows);
    let pitch_x = (width / columns)
        .min(pitch * max_aspect.clamp(1.0, 4.0))
        .max(pitch);
    let tile_size = (pitch - gap).max(0.0);
    let tile_width = (pitch_x - gap).max(0.0);
    let left = (width - pitch_x * columns) / 2.0 + gap / 2.0;
    let top = (height - pitch * rows) / 2.0 + gap / 2.0;
    let tiles = SOUTHERN_PROVINCE_TILES
        .iter()
        .map(|t| PlacedTile {
            tile: *t,
            rect: Rect::new(
                left + t.column as f64 * pitch_x,
                top + t.row as f64 * pitch,
                tile_width,
                tile_size,
            ),
        })
        .collect();
    TileMapLayout {
        tile_size,
        tile_width,
        gap,
        tiles,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    #[test]
    fn fourteen_distinct_cells_each_province_once() {
        let cells: BTreeSet<(u8, u8)> = SOUTHERN_PROVINCE_TILES
            .iter()
            .map(|t| (t.column, t.row))
            .collect();
        let codes: BTreeSet<&str> = SOUTHERN_PROVINCE_TILES.iter().map(|t| t.iso).collect();
        assert_eq!(cells.len(), 14);
        assert_eq!(codes.len(), 14);
        let expected = [
            "TH-80", "TH-81", "TH-82", "TH-83", "TH-84", "TH-85", "TH-86", "TH-90", "TH-91",
            "TH-92", "TH-93", "TH-94", "TH-95", "TH-96",
        ];
        assert_eq!(codes, expected.into_iter().collect());
        assert!(SOUTHERN_PROVINCE_TILES
            .iter()
            .all(|t| t.column < GRID_COLUMNS && t.row < GRID_ROWS));
    }

    #[test]
    fn rough_geography_holds() {
        let at = |iso: &str| tile_for(iso).map(|t| (t.column, t.row)).unwrap();
        // North at the top.
        assert!(at("TH-86").1 < at("TH-90").1);
        // Andaman coast left of the Gulf coast at the same latitude.
        assert!(at("TH-82").0 < at("TH-84").0);
        assert!(at("TH-92").0 < at("TH-93").0);
        assert!(at("TH-91").0 < at("TH-90").0);
        // The three border provinces sit at the bottom right.
        assert!(at("TH-96").0 == GRID_COLUMNS - 1 && at("TH-95").1 == GRID_ROWS - 1);
    }

    #[test]
    fn lookup_ignores_case_and_spaces() {
        assert_eq!(tile_for(" th-83 ").map(|t| t.name_en), Some("Phuket"));
        assert_eq!(tile_for("TH-10"), None);
    }

    #[test]
    fn tiles_fit_the_box_without_overlap() {
        let layout = layout_tiles(400.0, 480.0, 4.0, 1.0);
        assert_eq!(layout.tiles.len(), 14);
        assert_eq!(layout.tile_size, 76.0);
        for (i, a) in layout.tiles.iter().enumerate() {
            assert!(a.rect.x >= 0.0 && a.rect.y >= 0.0);
            assert!(a.rect.x + a.rect.width <= 400.0 && a.rect.y + a.rect.height <= 480.0);
            for b in layout.tiles.iter().skip(i + 1) {
                let apart = a.rect.x + a.rect.width <= b.rect.x
                    || b.rect.x + b.rect.width <= a.rect.x
                    || a.rect.y + a.rect.height <= b.rect.y
                    || b.rect.y + b.rect.height <= a.rect.y;
                assert!(apart, "{} overlaps {}", a.tile.iso, b.tile.iso);
            }
        }
    }

    #[test]
    fn wide_box_gives_wider_tiles_up_to_the_aspect_cap() {
        let square = layout_tiles(800.0, 820.0, 8.0, 1.0);
        let wide = layout_tiles(800.0, 820.0, 8.0, 1.5);
        assert_eq!(square.tile_width, square.tile_size);
        assert_eq!(
            wide.tile_size, square.tile_size,
            "the height still fits six rows"
        );
        assert!(
            wide.tile_width > wide.tile_size * 1.4
                && wide.tile_width <= (wide.tile_size + 8.0) * 1.5
        );
        for t in &wide.tiles {
            assert!(t.rect.x >= 0.0 && t.rect.x + t.rect.width <= 800.0);
        }
    }

    #[test]
    fn degenerate_box() {
        let layout = layout_tiles(f64::NAN, -1.0, f64::INFINITY, f64::NAN);
        assert_eq!(layout.tile_size, 0.0);
        assert!(layout.tiles.iter().all(|t| t.rect.x.is_finite()));
    }
}
