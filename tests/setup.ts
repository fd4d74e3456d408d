// Node 20 lacks Promise.withResolvers, which node-av needs (Electron 45's Node has it).
import '../electron/services/media/polyfill';
