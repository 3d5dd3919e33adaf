-- Miner model catalog from vendor nameplates (hashrate TH/s, power at the wall W).
-- chips is the ASIC count of the whole unit (chips per board times boards).
-- source_note records which values were checked against a public spec sheet and which are unconfirmed.
INSERT INTO miner_model (model, vendor, nominal_ths, nominal_w, hashboards, chips, release_date, source_note) VALUES
('Antminer S19j Pro', 'Bitmain', 100, 3050, 3, 378, DATE '2021-06-01',
 'nameplate 100 TH/s at 3050 W (29.5 J/TH) from public spec tables; 126 chips per board from pyasic; NOTE: release month unconfirmed'),
('Antminer S19 XP', 'Bitmain', 140, 3010, 3, 330, DATE '2022-07-01',
 'nameplate 140 TH/s at 3010 W (21.5 J/TH) from public spec tables; 110 chips per board from pyasic; NOTE: release month unconfirmed'),
('Antminer S21', 'Bitmain', 200, 3500, 3, 324, DATE '2024-02-01',
 'nameplate 200 TH/s at 17.5 J/TH from Bitmain''s published spec; 108 chips per board from pyasic; NOTE: release month unconfirmed'),
('Antminer S21 Pro', 'Bitmain', 234, 3510, 3, 195, DATE '2024-07-01',
 'NOTE: 234 TH/s at 15 J/TH, 65 chips per board and release month are unconfirmed (not found in the public sources searched)'),
('Antminer S21 XP', 'Bitmain', 270, 3645, 3, 273, DATE '2024-10-01',
 'nameplate 270 TH/s at 13.5 J/TH (3645 W) from a public spec sheet; NOTE: 91 chips per board and release month unconfirmed'),
('Antminer S21+ Hydro', 'Bitmain', 319, 4785, 3, 288, DATE '2025-01-01',
 'nameplate 319 TH/s at 4785 W from public spec pages; NOTE: board count, chip count and release month unconfirmed'),
('Whatsminer M50S', 'MicroBT', 126, 3276, 3, 468, DATE '2022-08-01',
 'NOTE: 126 TH/s at 26 J/TH and release month unconfirmed; 156 chips per board from pyasic (M50S VH30)'),
('Whatsminer M60S', 'MicroBT', 186, 3441, 3, 234, DATE '2023-10-01',
 'NOTE: 186 TH/s at 18.5 J/TH and release month unconfirmed; 3 boards of 78 chips from pyasic (M60S VK30)'),
('Whatsminer M66S', 'MicroBT', 298, 5513, 4, 384, DATE '2023-10-01',
 'NOTE: 298 TH/s at 18.5 J/TH (immersion) and release month unconfirmed; 4 boards of 96 chips from pyasic (M66S VK30)'),
('Avalon A1466', 'Canaan', 150, 3230, 3, 342, DATE '2023-09-01',
 'nameplate 150 TH/s at 3230 W on three hashboards from a public A1466 troubleshooting page; NOTE: chip count and release month unconfirmed');
