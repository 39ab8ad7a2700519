// Draws the home-screen icons in public/icons/ from public/icons/icon.svg, in the system's
// Chromium (no downloads). Run after changing the SVG: node integrations/icons/make-icons.mjs
// The PNGs are committed, so the build does not need a browser.
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

const SIZES = [
  ['icon-192.png', 192],
  ['icon-512.png', 512],
  ['apple-touch-icon.png', 180],
];
const svg = readFileSync('public/icons/icon.svg', 'utf8');
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });
try {
  for (const [name, size] of SIZES) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    const sized = svg.replace(/width="\d+" height="\d+"/, `width="${size}" height="${size}"`);
    await page.setContent(`<body style="margin:0">${sized}</body>`);
    await page.locator('svg').screenshot({ path: `public/icons/${name}` });
    await page.close();
    console.log(`public/icons/${name} (${size} by ${size})`);
  }
} finally {
  await browser.close();
}
