// Draws Legwork's icons from one source design (two footprints on a teal square) into the PNGs
// the manifest names, and the same design as SVG. Pure Node: zlib for PNG, no image library.
// Run: npm run icons. The output is committed; run again only when the design changes.
import { writeFileSync, mkdirSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const BG = [11, 79, 108];
const FG = [255, 255, 255];

// The design on a 100×100 canvas: ellipses [cx, cy, rx, ry, rotationDeg].
const SHAPES = [
	// left foot: sole and toes
	[36, 58, 10, 17, -8],
	[31, 36, 3.2, 3.6, 0],
	[36.5, 34.5, 2.8, 3.2, 0],
	[41.5, 35.5, 2.5, 2.9, 0],
	[45.2, 38.5, 2.1, 2.5, 0],
	[27.4, 39.7, 2.1, 2.4, 0],
	// right foot, a step ahead
	[64, 46, 10, 17, 8],
	[69, 24, 3.2, 3.6, 0],
	[63.5, 22.5, 2.8, 3.2, 0],
	[58.5, 23.5, 2.5, 2.9, 0],
	[54.8, 26.5, 2.1, 2.5, 0],
	[72.6, 27.7, 2.1, 2.4, 0]
];

function inShape(x, y, [cx, cy, rx, ry, deg]) {
	const a = (deg * Math.PI) / 180;
	const dx = x - cx;
	const dy = y - cy;
	const u = dx * Math.cos(a) + dy * Math.sin(a);
	const v = -dx * Math.sin(a) + dy * Math.cos(a);
	return (u * u) / (rx * rx) + (v * v) / (ry * ry) <= 1;
}

/** size: pixels; scale: how much of the canvas the design fills; rounded: corner radius share. */
function render(size, { scale = 1, rounded = 0.18 } = {}) {
	const px = Buffer.alloc(size * size * 4);
	const ss = 4; // supersampling per axis, for smooth edges
	const r = rounded * 100;
	for (let py = 0; py < size; py++) {
		for (let pxl = 0; pxl < size; pxl++) {
			let bg = 0;
			let fg = 0;
			for (let sy = 0; sy < ss; sy++) {
				for (let sx = 0; sx < ss; sx++) {
					const x = ((pxl + (sx + 0.5) / ss) / size) * 100;
					const y = ((py + (sy + 0.5) / ss) / size) * 100;
					// rounded square
					const qx = Math.max(r - x, 0, x - (100 - r));
					const qy = Math.max(r - y, 0, y - (100 - r));
					if (r > 0 && qx * qx + qy * qy > r * r) continue;
					const dx = 50 + (x - 50) / scale;
					const dy = 50 + (y - 50) / scale;
					if (SHAPES.some((s) => inShape(dx, dy, s))) fg++;
					else bg++;
				}
			}
			const n = ss * ss;
			const alpha = (bg + fg) / n;
			const mix = bg + fg ? fg / (bg + fg) : 0;
			const i = (py * size + pxl) * 4;
			for (let c = 0; c < 3; c++) px[i + c] = Math.round(BG[c] * (1 - mix) + FG[c] * mix);
			px[i + 3] = Math.round(alpha * 255);
		}
	}
	return png(size, px);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
	let c = n;
	for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
	return c >>> 0;
});
function crc32(buf) {
	let c = 0xffffffff;
	for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
	return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
	const len = Buffer.alloc(4);
	len.writeUInt32BE(data.length);
	const body = Buffer.concat([Buffer.from(type), data]);
	const crc = Buffer.alloc(4);
	crc.writeUInt32BE(crc32(body));
	return Buffer.concat([len, body, crc]);
}
function png(size, rgba) {
	const header = Buffer.alloc(13);
	header.writeUInt32BE(size, 0);
	header.writeUInt32BE(size, 4);
	header[8] = 8; // bit depth
	header[9] = 6; // RGBA
	const raw = Buffer.alloc(size * (size * 4 + 1));
	for (let y = 0; y < size; y++)
		rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
	return Buffer.concat([
		Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
		chunk('IHDR', header),
		chunk('IDAT', deflateSync(raw, { level: 9 })),
		chunk('IEND', Buffer.alloc(0))
	]);
}

function svg() {
	const shapes = SHAPES.map(
		([cx, cy, rx, ry, deg]) =>
			`<ellipse cx="${cx}" cy="${cy}" rx="${rx}" ry="${ry}" transform="rotate(${deg} ${cx} ${cy})"/>`
	).join('');
	return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100"><rect width="100" height="100" rx="18" fill="rgb(${BG})"/><g fill="rgb(${FG})">${shapes}</g></svg>\n`;
}

mkdirSync('static/icons', { recursive: true });
writeFileSync('static/icons/icon-192.png', render(192));
writeFileSync('static/icons/icon-512.png', render(512));
// Maskable: full-bleed background, the design inside the central safe zone.
writeFileSync('static/icons/icon-maskable-512.png', render(512, { scale: 0.7, rounded: 0 }));
writeFileSync('static/icons/apple-touch-icon.png', render(180, { rounded: 0 }));
writeFileSync('static/icons/icon.svg', svg());
console.log('icons written to static/icons/');
