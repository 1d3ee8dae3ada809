/** Why the browser gave no position; each has its own message. */
export type LocateFailure = 'denied' | 'unavailable' | 'timeout' | 'unsupported';

const TIMEOUT_MS = 15_000;

/**
 * The device's position as [lng, lat], from the browser's Geolocation API. The position stays in the
 * page: nothing here (or in the caller) sends it to a server. Rejects with a LocateFailure.
 */
export function locate(): Promise<[number, number]> {
  return new Promise((resolve, reject) => {
    if (!('geolocation' in navigator)) {
      reject('unsupported' satisfies LocateFailure);
      return;
    }
    navigator.geolocation.getCurrentPosition(
      (p) => resolve([p.coords.longitude, p.coords.latitude]),
      (e) => {
        const failure: LocateFailure =
          e.code === e.PERMISSION_DENIED ? 'denied' : e.code === e.TIMEOUT ? 'timeout' : 'unavailable';
        reject(failure);
      },
      // A rough fix is enough for a radius of hundreds of metres and comes faster; but a fresh one, since
      // whoever presses the button again has usually moved.
      { enableHighAccuracy: false, timeout: TIMEOUT_MS, maximumAge: 0 },
    );
  });
}
