// Sound through Howler: a quiet room tone, a chime at phase changes, a low tone on a breach and a tick
// for urge timers. The sounds are synthesised here as tiny WAV files (no downloads, a few KB), and the
// UI shows a caption for each. Reading aloud uses the browser's speech synthesis.
import { Howl, Howler } from "howler";
import type { Settings } from "../ui/save.ts";
import type { Cue, SoundOut } from "../ui/sound-captions.ts";

function wav(samples: Float32Array, rate: number): string {
  const data = new DataView(new ArrayBuffer(44 + samples.length * 2));
  const str = (o: number, s: string) => [...s].forEach((c, i) => data.setUint8(o + i, c.charCodeAt(0)));
  str(0, "RIFF");
  data.setUint32(4, 36 + samples.length * 2, true);
  str(8, "WAVEfmt ");
  data.setUint32(16, 16, true);
  data.setUint16(20, 1, true);
  data.setUint16(22, 1, true);
  data.setUint32(24, rate, true);
  data.setUint32(28, rate * 2, true);
  data.setUint16(32, 2, true);
  data.setUint16(34, 16, true);
  str(36, "data");
  data.setUint32(40, samples.length * 2, true);
  samples.forEach((s, i) => data.setInt16(44 + i * 2, Math.max(-1, Math.min(1, s)) * 0x7fff, true));
  let binary = "";
  const bytes = new Uint8Array(data.buffer);
  for (let i = 0; i < bytes.length; i++) binary += String.fromCharCode(bytes[i] as number);
  return `data:audio/wav;base64,${btoa(binary)}`;
}

function tone(freqs: number[], seconds: number, volume: number, rate = 16000): string {
  const n = Math.floor(seconds * rate);
  const out = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    const t = i / rate;
    const envelope = Math.min(1, t * 40) * Math.exp((-3 * t) / seconds);
    out[i] =
      freqs.reduce((s, f) => s + Math.sin(2 * Math.PI * f * t), 0) * (volume / freqs.length) * envelope;
  }
  return wav(out, rate);
}

function roomTone(rate = 8000): string {
  // Soft brown noise, seeded so the file is the same every time.
  const n = rate * 2;
  const out = new Float32Array(n);
  let last = 0;
  let seed = 12345;
  for (let i = 0; i < n; i++) {
    seed = (seed * 1103515245 + 12345) >>> 0;
    last = (last + ((seed / 0xffffffff) * 2 - 1) * 0.02) * 0.995;
    out[i] = last * 0.6;
  }
  return wav(out, rate);
}

export function createSound(settings: () => Settings): SoundOut {
  const make = (src: string, loop = false) =>
    new Howl({ src: [src], format: ["wav"], loop, html5: false, preload: true });
  let sounds: Record<Cue | "room", Howl> | null = null;
  const get = () => {
    sounds ??= {
      phase: make(tone([660, 990], 0.6, 0.4)),
      breach: make(tone([180], 0.5, 0.5)),
      timer: make(tone([1200], 0.08, 0.25)),
      room: make(roomTone(), true),
    };
    return sounds;
  };
  return {
    cue(kind) {
      const s = settings();
      if (s.muted.cues) return;
      const h = get()[kind];
      h.volume(s.volume.cues);
      h.play();
    },
    roomTone(on) {
      const s = settings();
      const h = get().room;
      if (on && !s.muted.room) {
        h.volume(s.volume.room * 0.3);
        if (!h.playing()) h.play();
      } else h.stop();
    },
    speak(text, lang) {
      const s = settings();
      if (s.muted.voice || typeof speechSynthesis === "undefined") return;
      const u = new SpeechSynthesisUtterance(text);
      u.lang = lang === "nl" ? "nl-NL" : "en-GB";
      u.volume = s.volume.voice;
      speechSynthesis.speak(u);
    },
    voice(path) {
      const s = settings();
      // Only files of this site: a scenario cannot make the game fetch from elsewhere.
      if (s.muted.voice || /^[a-z]+:|^\/\//i.test(path) || path.includes("..")) return;
      new Howl({ src: [`assets/${path}`], volume: s.volume.voice }).play();
    },
    stopSpeaking() {
      if (typeof speechSynthesis !== "undefined") speechSynthesis.cancel();
      Howler.stop();
    },
  };
}
