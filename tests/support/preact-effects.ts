// Preact runs effects after the next frame, with a 100 ms timer as a fallback that cancels the frame
// when it fires. A test file's environment is torn down (jsdom's globals removed) once its last test
// ends, so such a timer can fire afterwards and throw "cancelAnimationFrame is not defined" into the
// run. In unit tests effects are scheduled on a plain timer, which needs no frame.
import { options } from 'preact';

options.requestAnimationFrame = (callback) => setTimeout(callback);
