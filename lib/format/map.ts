/** OpenStreetMap at a GPS point, zoomed to street level (no API key needed). */
export const mapUrl = (lat: number, long: number) =>
  `https://www.openstreetmap.org/?mlat=${lat}&mlon=${long}#map=17/${lat}/${long}`
